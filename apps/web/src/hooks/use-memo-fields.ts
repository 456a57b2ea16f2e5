import { useState } from 'react';

/** As the API checks them: a memo of 1-140 characters without control characters, a reference of [A-Za-z0-9._:-]. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const REFERENCE = /^[A-Za-z0-9._:-]{1,64}$/;

export interface MemoValues {
  description?: string;
  reference?: string;
}

/** The optional Description and Reference of a money movement: their text, errors, and the body part. */
export function useMemoFields() {
  const [description, setDescription] = useState('');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<{ description?: string; reference?: string }>({});

  /** The fields to send (absent when empty), or null after showing what is wrong. */
  function validate(): MemoValues | null {
    const memo = description.trim();
    const next: typeof errors = {};
    if (memo.length > 140) next.description = 'Keep the description to 140 characters';
    else if (CONTROL.test(memo)) next.description = 'The description cannot contain control characters';
    if (reference !== '' && !REFERENCE.test(reference)) {
      next.reference = 'Use up to 64 letters, digits and . _ : -';
    }
    setErrors(next);
    if (next.description || next.reference) return null;
    return { ...(memo ? { description: memo } : {}), ...(reference ? { reference } : {}) };
  }

  function reset() {
    setDescription('');
    setReference('');
    setErrors({});
  }

  return { description, setDescription, reference, setReference, errors, validate, reset };
}

export type MemoFieldsState = ReturnType<typeof useMemoFields>;
