// Findings as the checkers write them: a code, a severity, and params only when there are some (a finding
// without params has no `params` key at all).
import type {Finding, Severity} from './types';

export function finding(code: string, severity: Severity, params?: Finding['params']): Finding {
  return params ? {code, severity, params} : {code, severity};
}

export const error = (code: string, params?: Finding['params']): Finding => finding(code, 'error', params);
export const warning = (code: string, params?: Finding['params']): Finding => finding(code, 'warning', params);
export const info = (code: string, params?: Finding['params']): Finding => finding(code, 'info', params);
