// Shape of a desk level file (levels/desk-*.json) as a valibot schema.
// Cross-references (fact ids, places, quota against flags) are checked in validate.ts.
import * as v from 'valibot';
import { SANCTIONS } from './types';

const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a short id in lower case (a-z, 0-9, -)'));
const factId = v.pipe(v.string(), v.regex(/^[FS]\d{2}$/, 'must be a fact id such as "F14"'));
const whole = (min: number, max: number) =>
  v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(min, `must be at least ${min}`), v.maxValue(max, `must be at most ${max}`));
const seconds = v.pipe(v.number(), v.finite('must be a finite number'), v.gtValue(0, 'must be greater than 0'), v.maxValue(600, 'must be at most 600'));
const points = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(-1000, 'must be at least -1000'), v.maxValue(1000, 'must be at most 1000'));

const flag = v.strictObject({
  id,
  kind: id,
  place: id,
  subject: id,
  truth: v.picklist(['correct', 'wrong']),
  sanction: v.picklist(SANCTIONS),
  confidence: whole(0, 100),
  claim: v.boolean(),
  facts: v.pipe(v.array(factId), v.minLength(1, 'must name at least one fact')),
});

const supervisor = v.strictObject({
  start: id,
  praise: v.pipe(v.array(v.strictObject({ minScore: points, line: id })), v.minLength(1, 'must have at least one line')),
  pressure: v.pipe(v.array(v.strictObject({ misses: whole(0, 1000), line: id })), v.minLength(1, 'must have at least one line')),
  quotaMet: id,
  end: v.strictObject({ met: id, missed: id }),
});

export const deskSchema = v.strictObject({
  id,
  district: id,
  flagsPerShift: whole(1, 100),
  decisionSeconds: seconds,
  gapSeconds: seconds,
  onTimeout: v.picklist(['auto-confirm', 'drop']),
  quota: v.strictObject({ confirms: whole(0, 100) }),
  points: v.strictObject({ confirm: points, dismiss: points, timeout: points }),
  supervisor,
  flags: v.pipe(v.array(flag), v.minLength(1, 'must have at least one flag')),
});
