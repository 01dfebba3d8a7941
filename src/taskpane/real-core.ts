/** The real core behind the pane's `core` prop: the facade and nothing deeper. */
import { analyzeWorkbook } from '../domain/analyze';
import { buildReportPlans } from '../domain/report/build-report';
import type { PaneCore } from './core';

export const realCore: PaneCore = { analyzeWorkbook, buildReportPlans };
