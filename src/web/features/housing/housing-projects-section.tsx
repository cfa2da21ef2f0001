import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { formatDate } from '../casework/shared.js';
import { formatChange, formatPercent, formatPermille, useMay, type HousingProject, type HousingProjects } from './housing-api.js';

export const projectPath = (id: string) => `/boliger/projekter/${encodeURIComponent(id)}`;

function PlaceChanges({ project }: { project: HousingProject }) {
  const { t, i18n } = useTranslation('housing');
  if (project.placeChanges.length === 0) return <>{t('projects.noPlaces')}</>;
  return (
    <ul className="housing-place-changes">
      {project.placeChanges.map((change) => (
        <li key={change.legalBasis}>{t('projects.change', { change: formatChange(change.change, i18n.language), legalBasis: change.legalBasis })}</li>
      ))}
    </ul>
  );
}

/** The self-sufficiency today and expected as the projects get done, each against the target, in a small table. */
function Projection({ projection }: { projection: HousingProjects['projection'] }) {
  const { t, i18n } = useTranslation('housing');
  const target = formatPercent(projection.targetPercent, i18n.language);
  const rows = [
    { key: 'today', places: null, permille: projection.currentPermille },
    { key: 'ongoing', places: projection.placesOngoing, permille: projection.projectedOngoingPermille },
    { key: 'all', places: projection.placesStillToCome, permille: projection.projectedPermille },
  ] as const;
  const last = projection.projectedPermille;
  return (
    <div className="housing-projection" aria-labelledby="projection-heading" role="group">
      <h3 id="projection-heading">{t('projection.heading')}</h3>
      {last === null ? (
        <p>{t('projection.noPlacements')}</p>
      ) : (
        <>
          <p className="housing-key-figure-value">{t('projection.figure', { projected: formatPermille(last, i18n.language) })}</p>
          <p>{t('projection.explain', { places: formatChange(projection.placesStillToCome, i18n.language), target })}</p>
          <div className="housing-table-scroll" role="region" aria-labelledby="projection-caption" tabIndex={0}>
            <table className="table housing-table">
              <caption id="projection-caption">{t('projection.caption', { target })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('projection.when')}</th>
                  <th scope="col">{t('projection.places')}</th>
                  <th scope="col">{t('projection.rate')}</th>
                  <th scope="col">{t('projection.target', { target })}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{t(`projection.row.${row.key}`)}</th>
                    <td>{row.places === null ? '–' : formatChange(row.places, i18n.language)}</td>
                    <td>{formatPermille(row.permille, i18n.language)}</td>
                    <td>{row.permille === null ? '–' : row.permille >= projection.targetPercent * 10 ? t('projection.reached') : t('projection.notReached')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p className="small-text">{t('projection.assumption')}</p>
    </div>
  );
}

/** Housing plan II: the projects with status and change in places, editable by finance, and the projection. */
export function HousingProjectsSection() {
  const { t, i18n } = useTranslation('housing');
  const answer = useApi<HousingProjects>('/housing/projects');
  const mayEdit = useMay('housing.manage');
  const data = answer.data;
  const date = (day: string | null) => (day ? formatDate(day, i18n.language) : t('projects.noDate'));
  return (
    <section aria-labelledby="projects-heading" className="housing-section">
      <h2 id="projects-heading">{t('projects.heading')}</h2>
      <p className="readable">{t('projects.explain')}</p>
      {answer.error && <ErrorMessage error={answer.error} />}
      {answer.loading && <Loading />}
      {data && <Projection projection={data.projection} />}
      {data && data.items.length === 0 && <p>{t('projects.none')}</p>}
      {data && data.items.length > 0 && (
        <div className="housing-table-scroll" role="region" aria-labelledby="projects-caption" tabIndex={0}>
          <table className="table housing-table housing-projects">
            <caption id="projects-caption">{t('projects.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('projects.project')}</th>
                <th scope="col">{t('projects.status')}</th>
                <th scope="col">{t('projects.places')}</th>
                <th scope="col">{t('projects.startsOn')}</th>
                <th scope="col">{t('projects.doneOn')}</th>
                {mayEdit && (
                  <th scope="col">
                    <span className="sr-only">{t('projects.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {data.items.map((project) => (
                <tr key={project.id}>
                  <th scope="row">
                    {project.name}
                    {project.address && <span className="housing-project-address">{project.address}</span>}
                  </th>
                  <td>
                    <span className={`housing-status housing-status--${project.status}`}>{t(`status.${project.status}`)}</span>
                  </td>
                  <td>
                    <PlaceChanges project={project} />
                  </td>
                  <td>{date(project.startsOn)}</td>
                  <td>{date(project.doneOn)}</td>
                  {mayEdit && (
                    <td>
                      <Link to={projectPath(project.id)} aria-label={t('projects.editNamed', { name: project.name })}>
                        {t('projects.edit')}
                      </Link>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
