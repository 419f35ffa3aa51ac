// Shape of levels/statements.json as a valibot schema. Cross-references (fact
// ids, answers against the card's kind, the forms) are checked in validate.ts.
import * as v from 'valibot';
import { CHECK_LABELS } from '../../content/labels';
import { MAX_FORM } from './types';

const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a short id in lower case (a-z, 0-9, -)'));
const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));
const words = (max: number) => v.strictObject({ de: text(max), en: text(max) });

const statement = v.strictObject({
  id,
  answer: v.picklist(CHECK_LABELS),
  fact: v.optional(v.pipe(v.string(), v.regex(/^[FS]\d{2}$/, 'must be a fact id such as "F14"'))),
  source: v.optional(words(120)),
  figureBy: v.optional(v.picklist(['article', 'company'])),
  difficulty: v.picklist([1, 2, 3]),
  text: words(220),
  // The statement in the simple text level; required, so no player of that level meets a standard text.
  plain: words(220),
  why: words(320),
  // `why` in the simple text level, for the feedback after the check.
  plainWhy: words(320),
});

const form = v.pipe(v.array(id), v.minLength(5, 'must have at least 5 statements'), v.maxLength(MAX_FORM, `must have at most ${MAX_FORM} statements`));

export const statementPoolSchema = v.strictObject({
  id,
  forms: v.strictObject({ A: form, B: form }),
  statements: v.pipe(v.array(statement), v.minLength(1, 'must have at least one statement')),
});
