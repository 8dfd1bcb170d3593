// Attributes every field that may hold a pasted key, secret or IP list carries: no autofill, no
// spelling or grammar services (which can send text away), no password-manager capture.
export const privateFieldProps = {
  autoComplete: 'off',
  spellCheck: false,
  autoCapitalize: 'off',
  autoCorrect: 'off',
  'data-1p-ignore': 'true',
  'data-lpignore': 'true',
  'data-form-type': 'other',
} as const;
