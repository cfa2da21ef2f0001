import { Route } from 'react-router';
import './indicators.css';
import { IndicatorCitizensPage } from './indicator-citizens-page.js';
import { IndicatorEditorPage } from './indicator-editor-page.js';
import { IndicatorListPage } from './indicator-list-page.js';
import { IndicatorPage } from './indicator-page.js';

/** Indicators: the list, one indicator's chart and table, the definition editor and the caseworker's drill-down. */
export const indicatorRoutes = (
  <>
    <Route path="styring/indikatorer" element={<IndicatorListPage />} />
    <Route path="styring/indikatorer/ny" element={<IndicatorEditorPage />} />
    <Route path="styring/indikatorer/:key" element={<IndicatorPage />} />
    <Route path="styring/indikatorer/:key/rediger" element={<IndicatorEditorPage />} />
    <Route path="styring/indikatorer/:key/borgere" element={<IndicatorCitizensPage />} />
  </>
);
