// English texts of the lesson material added with the source check (issue
// 18): answer key, worksheet, exit ticket, a 90-minute plan, a background
// sheet and a note on how to talk about it. The label words come from
// src/content/labels.ts; the statements from levels/statements.json.
// Mounted under `lesson.`. Our own words throughout.
export const lessonEn = {
  checkTitle: 'The source check',
  checkIntro:
    'With the check on (the default; switch it off with check=off in the link), every player sorts six short statements before the day and six others after the debrief: reported, a company’s or authority’s own claim, opinion, or invented by the game. Half the class gets form A first, the other half form B, so a change is not down to one form being easier. The result code carries both; the class view shows the class’s change on the projector.',
  answerKeyTitle: 'Answer key',
  answerKeyIntro: 'Both forms, with the answer and the reason. Statements marked “transfer” rest on no card of the game: they test the skill, not the memory of the cards.',
  formTitle: 'Form {form}',
  transfer: 'transfer',
  card: 'card {id}',
  worksheetTitle: 'Worksheet (for classes without devices)',
  worksheetIntro: 'Tick one box for each statement: where does it come from? Hand out form A or B before the game and the other one after the debrief.',
  worksheetStatement: 'Statement',
  worksheetName: 'Initials or a made-up name (optional): ____________',
  exitTitle: 'Exit ticket',
  exit: [
    'Name one thing from today’s game that was really reported, and who reported it.',
    'Name one thing a company said about its own product. Why should you be careful with it?',
    'Which question will you ask next time you read a surprising number?',
  ],
  plan90Title: '90-minute plan (with the control desk)',
  plan90: [
    { time: '0–10', title: 'Start and source check.', text: 'Say what the game is (satire, based on one article) and what it is not. Everyone opens the link and sorts the first six statements. No answers yet.' },
    { time: '10–25', title: 'Play the day.', text: 'An 8-minute day. Players note one moment that surprised them.' },
    { time: '25–40', title: 'Control desk.', text: 'Pairs switch sides: one shift at the control desk, confirming or dismissing the system’s flags against a quota. Talk briefly: how did the quota feel? What happens to a flag that was wrong?' },
    { time: '40–55', title: 'Debrief.', text: 'Players read their citizen file and “Where does this come from?”. Then the second six statements, the answers, and the result code.' },
    { time: '55–65', title: 'Class view.', text: 'Collect the codes and show before and after on the projector. Read the honest sentence under the chart aloud: a class is not a study.' },
    { time: '65–85', title: 'Discussion.', text: 'Which label was hardest, and why? Who was speaking in each case, and what did they gain? Then “and here?”: what does the EU’s AI Act ban, and what does it leave open?' },
    { time: '85–90', title: 'Exit ticket.', text: 'Three short questions on paper or aloud.' },
  ],
  backgroundTitle: 'Background for the teacher: what is real',
  background: [
    'The game rests on one German article from a civil-liberties site, written around 2018 (it speaks of 2020 as the future). It is an advocacy piece: it reports, it passes on companies’ own claims, and it judges. Its title and closing call the system a tool for training the population and say the government comes close to total control; that is the article’s opinion, not a report.',
    'Companies’ numbers in the article (faces in a database, accuracy, arrests thanks to the technology) are their own claims. Nobody in the article checked them.',
    'Other research describes something different from one national score for everyone: mainly blacklists, for example of people who ignore court judgments, and separate local point pilots in some cities such as Rongcheng, which sort residents into grades and stress rewards.',
    'Reported elsewhere: in 2018 people on court blacklists were refused plane tickets about 17.5 million times and high-speed train tickets about 5.5 million times, according to the national credit information centre’s annual report as covered by several newspapers. The refusals follow from the blacklist, not from a score.',
    'And here: the German federal police tested face recognition at Berlin Südkreuz in 2017–18 and called it a success; the Chaos Computer Club’s reading of the same report found the best single system far weaker than the headline figure. In Sweden, the data protection authority fined a local school board in 2019 because one of its schools had taken attendance by face recognition.',
    'The EU’s AI Act (Regulation (EU) 2024/1689) bans social scoring that leads to unjustified worse treatment (Art. 5(1)(c)), emotion recognition in schools and workplaces except for medical or safety reasons (Art. 5(1)(f)), and real-time remote biometric identification by police in public places, apart from narrow exceptions that national law must allow (Art. 5(1)(h)). Most other face recognition is not banned but regulated; data protection law (GDPR) already protects biometric data.',
    'Everything else in the game (points for waiting at green, scores above heads, a paper ration by score, shops that make you wait) is the game’s own invention, labelled as such in the debrief.',
  ],
  peopleTitle: 'Talking about the system, not about people',
  people:
    'Keep the discussion on the technology, the companies, the rules and the question “and here?”. The city in the game is made up on purpose and its people look like anyone. Avoid jokes or generalisations about Chinese people, names or language; many people in China are themselves critical of surveillance, and some of your pupils may have family there. If a remark goes that way, ask who built the system and who profits from it, and what our own cities and laws allow.',
};
