// Plain English texts of the source check (issue 19): the same keys and
// meaning as ./en.ts in short sentences. The label words still come from
// src/content/labels.ts only. Buttons and headings that are already plain
// are taken from ./en.ts.
import type { CheckMessages } from '../en';
import { checkEn as en } from './en';

export const checkSimpleEn: CheckMessages = {
  title: en.title,
  introBefore: 'Before your day: {count} short statements. For each one, choose where it comes from. You see the answers only after the day. So go with your first idea.',
  introAfter: 'You have read your file. Now come {count} new statements. Sort them the same way. Then you see the answers to all of them, before and after.',
  introTest: en.introTest,
  begin: en.begin,
  skipAll: en.skipAll,
  progress: en.progress,
  choose: en.choose,
  skipOne: en.skipOne,
  keysHint: 'You can also use keys 1 to 4.',
  chosen: en.chosen,
  hints: {
    report: 'someone tells what happened',
    claim: 'a company or a government office says it about itself',
    opinion: en.hints.opinion,
    fiction: en.hints.fiction,
  },
  after: {
    title: en.after.title,
    text: 'Before you get your result code: {count} more statements. Sort them like before the day. Then you see all the answers.',
    start: en.after.start,
    skip: en.after.skip,
    waits: 'First read your file and do part 2 of the source check. Then you get your result code.',
    again: en.after.again,
  },
  test: {
    title: en.test.title,
    text: 'Can you tell a report from a claim? And an opinion from something the game made up? {count} short statements, then the answers. The game keeps nothing and sends nothing.',
    start: en.test.start,
    again: en.test.again,
  },
  feedback: {
    title: en.feedback.title,
    before: en.feedback.before,
    after: en.feedback.after,
    test: en.feedback.test,
    notTaken: en.feedback.notTaken,
    partBefore: en.feedback.partBefore,
    partAfter: en.feedback.partAfter,
    partTest: en.feedback.partTest,
    yours: en.feedback.yours,
    skipped: en.feedback.skipped,
    right: en.feedback.right,
    why: en.feedback.why,
    card: en.feedback.card,
    transfer: en.feedback.transfer,
    close: en.feedback.close,
    encourage:
      'Telling these apart is hard, for adults too. A company’s claim about itself often sounds like a report. An opinion can sound like news. One question helps: Who is speaking, and what do they get out of it?',
    match: 'You got this one right.',
  },
  class: {
    title: en.class.title,
    partBefore: en.class.partBefore,
    partAfter: en.class.partAfter,
    chartTitle: en.class.chartTitle,
    summary: en.class.summary,
    right: en.class.right,
    players: en.class.players,
    labelsTitle: en.class.labelsTitle,
    labelsSummary: en.class.labelsSummary,
    labelsSummaryBefore: en.class.labelsSummaryBefore,
    labelColumn: en.class.labelColumn,
    orders: en.class.orders,
    dash: en.class.dash,
    none: 'None of these codes has the source check in it. Codes with the check have 10 characters.',
    paired: 'Players who did both parts: {players}. Their change, on average: {change} statements right. {better} did better, {same} did the same, {worse} did worse.',
    pairedNone: 'No code has both parts yet. So there is no change per player to show.',
    honest:
      'What this can show: how this class sorted these 12 statements before and after today. What it cannot show: that the game caused the change. A class is not a study. Other things can move the result too. The second set of statements can do it. So can the talk in class, talking to neighbours, or chance. That is why half the class saw one set first, and half the other. This way, it matters less if one set is easier.',
  },
};
