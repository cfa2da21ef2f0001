import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Pictogram, Smiley, stepPictograms } from '../../components/pictograms/pictograms.js';
import { StatusMessage } from '../../components/status-message.js';
import { usePlanText } from './easy-read.js';
import { isConflict, type Goal, type Step } from './plan-api.js';
import { formatDate, formatInstantDate } from './plan-format.js';
import { ProgressBar } from './progress-bar.js';

interface Props {
  citizenId: string;
  goal: Goal;
  /** The citizen (or the team) may change the plan: mark steps done, rate, add steps. */
  canWrite: boolean;
  canComment: boolean;
  /** Fetch the plan again, after a save or a conflict. */
  reload: () => void;
  headingLevel?: 2 | 3;
}

const ratings = [1, 2, 3, 4, 5] as const;

/** One goal in the citizen's words: type, status, progress, the steps with a big "Færdig", the smiley rating and comments. */
export function GoalCard({ citizenId, goal, canWrite, canComment, reload, headingLevel = 2 }: Props) {
  const { t, i18n } = usePlanText();
  const id = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const action = useSubmit();
  const [rating, setRating] = useState<number | null>(goal.citizenRating);
  const [comment, setComment] = useState('');
  const [commentMissing, setCommentMissing] = useState(false);
  const [addingStep, setAddingStep] = useState(false);
  const base = `/citizens/${encodeURIComponent(citizenId)}`;
  const steps = goal.steps.filter((step) => step.status !== 'cancelled');
  const done = steps.filter((step) => step.status === 'done').length;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  // The "Færdig" button goes away when the step is done: keyboard focus moves to the words that replace it,
  // once the saved goal has come back, instead of being lost to the page.
  const focusAfterSave = useRef<string | null>(null);
  useEffect(() => {
    if (!focusAfterSave.current) return;
    const target = document.getElementById(focusAfterSave.current);
    if (target) {
      target.focus();
      focusAfterSave.current = null;
    }
  }, [goal]);

  const run = (work: () => Promise<void>, message: string) => {
    setNotice(null);
    return action.submit(async () => {
      try {
        await work();
      } catch (error) {
        // Someone else saved first: fetch their version so the next try starts from it.
        if (isConflict(error)) reload();
        throw error;
      }
      setNotice(message);
      reload();
    });
  };

  const markDone = (step: Step) =>
    run(async () => {
      await api.patch(`${base}/steps/${encodeURIComponent(step.id)}`, { version: step.version, status: 'done' });
      focusAfterSave.current = `${id}-step-${step.id}-done`;
    }, t('goal.stepDone'));
  const saveRating = (event: FormEvent) => {
    event.preventDefault();
    if (rating === null) return;
    void run(() => api.patch(`${base}/goals/${encodeURIComponent(goal.id)}`, { version: goal.version, citizenRating: rating }), t('goal.ratingSaved'));
  };
  const sendComment = (event: FormEvent) => {
    event.preventDefault();
    if (!comment.trim()) {
      setCommentMissing(true);
      document.getElementById(`${id}-comment`)?.focus();
      return;
    }
    setCommentMissing(false);
    void run(async () => {
      await api.post(`${base}/comments`, { subjectType: 'goal', subjectId: goal.id, text: comment.trim() });
      setComment('');
    }, t('goal.commentSaved'));
  };

  return (
    <article className="goal-card" aria-labelledby={`${id}-title`}>
      <p className="goal-type">{t(`goalTypes.${goal.goalType}`)}</p>
      <Heading id={`${id}-title`} className="goal-title">
        {goal.title}
      </Heading>
      {goal.description && <p>{goal.description}</p>}
      <p className="goal-facts">
        <span className="goal-status">
          {t('goal.status')} <strong>{t(`goalStatus.${goal.status}`)}</strong>
        </span>
        {goal.reviewDate && <span>{t('goal.reviewDate', { date: formatDate(goal.reviewDate, i18n.language) })}</span>}
      </p>
      <ProgressBar done={done} total={steps.length} />

      <StatusMessage message={notice} />
      {action.error !== null && (
        <ErrorMessage error={action.error}>
          {isConflict(action.error) && (
            <>
              <p className="alert-text">{t('goal.conflict')}</p>
              <button type="button" className="button button-secondary" onClick={() => { action.reset(); reload(); }}>
                {t('goal.reload')}
              </button>
            </>
          )}
        </ErrorMessage>
      )}

      <Sub>{t('goal.stepsHeading')}</Sub>
      {steps.length === 0 ? (
        <p>{t('goal.noSteps')}</p>
      ) : (
        <ol className="nobullet-list step-list">
          {steps.map((step) => (
            <li key={step.id} className={`step step-${step.status}`}>
              <Pictogram name={step.pictogram} size={56} className="step-picture" />
              <div className="step-body">
                <p className="step-text" id={`${id}-step-${step.id}`}>
                  {step.text}
                </p>
                <p className="step-meta">
                  {step.pictogram && <span>{t(`pictograms.${step.pictogram}`, { defaultValue: '' })}</span>}
                  {step.whoHelps && <span>{t('goal.whoHelps', { name: step.whoHelps })}</span>}
                  {step.dueDate && <span>{t('goal.dueDate', { date: formatDate(step.dueDate, i18n.language) })}</span>}
                  {step.offerId && (
                    <span>
                      <Link to={`/tilbud/${encodeURIComponent(step.offerId)}`}>{t('goal.seeOffer')}</Link>
                    </span>
                  )}
                </p>
                {step.status === 'done' ? (
                  <p className="step-done-text" id={`${id}-step-${step.id}-done`} tabIndex={-1}>
                    <span aria-hidden="true" className="done-mark">
                      ✓
                    </span>{' '}
                    {step.doneAt ? t('goal.doneAt', { date: formatInstantDate(step.doneAt, i18n.language) }) : t('stepStatus.done')}
                  </p>
                ) : (
                  canWrite && (
                    <button type="button" className="button button-primary done-button" aria-describedby={`${id}-step-${step.id}`} disabled={action.busy} onClick={() => void markDone(step)}>
                      {t('goal.done')}
                    </button>
                  )
                )}
              </div>
            </li>
          ))}
        </ol>
      )}

      {canWrite && (
        <>
          {addingStep ? (
            <AddStepForm
              citizenId={citizenId}
              goalId={goal.id}
              headingId={`${id}-add-step`}
              onDone={(saved) => {
                setAddingStep(false);
                if (saved) {
                  setNotice(t('goal.stepSaved'));
                  reload();
                }
              }}
            />
          ) : (
            <button type="button" className="button button-secondary" onClick={() => setAddingStep(true)} aria-describedby={`${id}-title`}>
              {t('goal.addStep')}
            </button>
          )}

          <form className="rating-form" onSubmit={saveRating}>
            <fieldset>
              <legend className="h4">{t('goal.ratingLegend')}</legend>
              <div className="smiley-scale">
                {ratings.map((value) => (
                  <div key={value} className="smiley-option">
                    <input className="smiley-input" type="radio" id={`${id}-rating-${value}`} name={`${id}-rating`} value={value} checked={rating === value} onChange={() => setRating(value)} />
                    <label htmlFor={`${id}-rating-${value}`} className="smiley-label">
                      <Smiley value={value} size={44} />
                      <span>{t(`rating.${value}`)}</span>
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
            <button type="submit" className="button button-secondary" disabled={rating === null || action.busy}>
              {t('goal.saveRating')}
            </button>
          </form>
        </>
      )}
      {!canWrite && goal.citizenRating !== null && (
        <p className="rating-readonly">
          <Smiley value={goal.citizenRating as 1 | 2 | 3 | 4 | 5} size={32} /> {t('goal.ratingIs', { rating: t(`rating.${goal.citizenRating}`) })}
        </p>
      )}

      <Sub>{t('goal.commentsHeading')}</Sub>
      {goal.comments.length === 0 ? (
        <p>{t('goal.noComments')}</p>
      ) : (
        <ul className="nobullet-list comment-list">
          {goal.comments.map((item) => (
            <li key={item.id}>
              <p className="comment-by">{t('goal.commentBy', { name: item.authorName, date: formatInstantDate(item.createdAt, i18n.language) })}</p>
              <p className="comment-text">{item.text}</p>
            </li>
          ))}
        </ul>
      )}
      {canComment && (
        <form className="comment-form" onSubmit={sendComment} noValidate>
          <div className={`form-group${commentMissing ? ' form-error' : ''}`}>
            <label className="form-label" htmlFor={`${id}-comment`}>
              {t('goal.commentLabel')}
            </label>
            {commentMissing && (
              <span className="form-error-message" id={`${id}-comment-error`}>
                {t('common.writeSomething')}
              </span>
            )}
            <textarea
              className="form-input"
              id={`${id}-comment`}
              rows={3}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              aria-invalid={commentMissing || undefined}
              aria-describedby={commentMissing ? `${id}-comment-error` : undefined}
            />
          </div>
          <button type="submit" className="button button-secondary" disabled={action.busy}>
            {t('goal.sendComment')}
          </button>
        </form>
      )}
    </article>
  );
}

/** A new step: what, who helps, by when, and a picture chosen from the step pictograms. */
function AddStepForm({ citizenId, goalId, headingId, onDone }: { citizenId: string; goalId: string; headingId: string; onDone: (saved: boolean) => void }) {
  const { t } = usePlanText();
  const id = useId();
  const submission = useSubmit();
  const [text, setText] = useState('');
  const [whoHelps, setWhoHelps] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [pictogram, setPictogram] = useState<string>('calendar');
  const [missing, setMissing] = useState(false);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setMissing(true);
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    setMissing(false);
    void submission.submit(async () => {
      await api.post(`/citizens/${encodeURIComponent(citizenId)}/goals/${encodeURIComponent(goalId)}/steps`, {
        text: text.trim(),
        ...(whoHelps.trim() && { whoHelps: whoHelps.trim() }),
        ...(dueDate && { dueDate }),
        pictogram,
      });
      onDone(true);
    });
  };

  return (
    <form className="plan-form" onSubmit={save} noValidate aria-labelledby={headingId}>
      <h4 id={headingId}>{t('goal.addStep')}</h4>
      {submission.error !== null && <ErrorMessage error={submission.error} />}
      <div className={`form-group${missing ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={`${id}-text`}>
          {t('goal.stepText')}
        </label>
        {missing && (
          <span className="form-error-message" id={`${id}-text-error`}>
            {t('common.writeSomething')}
          </span>
        )}
        <input className="form-input" id={`${id}-text`} value={text} onChange={(event) => setText(event.target.value)} aria-invalid={missing || undefined} aria-describedby={missing ? `${id}-text-error` : undefined} />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-who`}>
          {t('goal.stepWho')}
        </label>
        <input className="form-input" id={`${id}-who`} value={whoHelps} onChange={(event) => setWhoHelps(event.target.value)} />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-due`}>
          {t('goal.stepDue')}
        </label>
        <input className="form-input input-width-m" type="date" id={`${id}-due`} value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
      </div>
      <fieldset className="form-group">
        <legend className="form-label">{t('goal.stepPicture')}</legend>
        <div className="picture-choice">
          {stepPictograms.map((name) => (
            <div key={name} className="picture-option">
              <input className="picture-input" type="radio" id={`${id}-pic-${name}`} name={`${id}-pic`} checked={pictogram === name} onChange={() => setPictogram(name)} />
              <label htmlFor={`${id}-pic-${name}`} className="picture-label">
                <Pictogram name={name} size={40} />
                <span>{t(`pictograms.${name}`)}</span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={submission.busy}>
          {t('goal.saveStep')}
        </button>
        <button type="button" className="button button-tertiary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
