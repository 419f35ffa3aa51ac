// Plain English texts of the lesson material (the simple text level, issue
// 19): answer key, worksheet, exit ticket, the 90-minute plan, the background
// sheet and the note on how to talk about it. Same keys, facts, hedges and
// citations as ./en.ts, in short sentences; hard words are explained where
// they first appear. The label words come from src/content/labels.ts.
import type { LessonMessages } from '../en';
import { lessonEn as en } from './en';

export const lessonSimpleEn: LessonMessages = {
  checkTitle: en.checkTitle,
  checkIntro:
    'The source check is on unless you switch it off. To switch it off, add check=off to the link. Every player sorts 6 short statements before the day. After the debrief (the pages after the day), they sort 6 other statements. There are 4 kinds: reported, own claim, opinion, invented by the game. An own claim is what a company or a state office says about itself. Half the class gets form A first. The other half gets form B first. So a change does not come from one form being easier. The result code holds both parts. The class view shows the class’s change on the projector.',
  answerKeyTitle: en.answerKeyTitle,
  answerKeyIntro: 'Both forms, with the answer and the reason. Some statements are marked “transfer”. They are not based on any card in the game. They test the skill, not whether players remember the cards.',
  formTitle: en.formTitle,
  transfer: en.transfer,
  card: en.card,
  worksheetTitle: en.worksheetTitle,
  worksheetIntro: 'Tick 1 box for each statement: where does it come from? Hand out form A or B before the game. Hand out the other form after the debrief.',
  worksheetStatement: en.worksheetStatement,
  worksheetName: 'Initials or a made-up name (only if you want): ____________',
  exitTitle: en.exitTitle,
  exit: [
    'Name 1 thing from today’s game that was really reported. Who reported it?',
    'Name 1 thing a company said about its own product. Why should you be careful with it?',
    'Next time you read a surprising number, which question will you ask?',
  ],
  plan90Title: en.plan90Title,
  plan90: [
    { time: '0–10', title: 'Start and source check.', text: 'Say what the game is: satire, based on 1 article. Also say what it is not. Everyone opens the link and sorts the first 6 statements. Give no answers yet.' },
    { time: '10–25', title: 'Play the day.', text: 'Everyone plays a day of 8 minutes. Each player notes 1 moment that surprised them.' },
    { time: '25–40', title: 'Control desk.', text: 'Pairs switch sides and play 1 shift at the control desk. They confirm or dismiss the system’s alarms. They must reach a quota: a set number of confirmations. Then talk for a short time. How did the quota feel? What happens to false alarms?' },
    { time: '40–55', title: 'Debrief.', text: 'Players read their citizen file and “Where does this come from?”. Then they sort the second 6 statements. They see the answers and get the result code.' },
    { time: '55–65', title: 'Class view.', text: 'Collect the codes. Show before and after on the projector. Read the honest sentence under the chart aloud. A class is not a study. The group is small. There is no second group that did the check without the game. So the chart cannot prove that the game caused the change. The second set of statements, the talk, neighbours or chance can change the results too.' },
    { time: '65–85', title: 'Discussion.', text: 'Which label was hardest, and why? Who was speaking each time, and what did they gain? Then “and here?”. What does the EU’s AI Act ban? What does it leave open?' },
    { time: '85–90', title: 'Exit ticket.', text: '3 short questions, on paper or aloud.' },
  ],
  backgroundTitle: en.backgroundTitle,
  background: [
    'The game is based on 1 German article. It comes from a website that stands up for people’s freedoms. It was written around 2018: it talks about 2020 as the future. The article argues for a cause. It reports, it passes on what companies say about themselves, and it judges. Its title and its ending call the system a tool to train the people. They say the government comes close to total control. That is the article’s opinion, not a report.',
    'The article gives numbers from companies. Some count faces in a database. Some say how often the systems are right. Others count arrests thanks to the technology. These numbers are the companies’ own claims. Nobody in the article checked them.',
    'Other research describes something else than one score for everyone in the country. Mostly there are blacklists. For example, there are lists of people who do not do what a court ordered. Apart from that, some cities test their own point systems. One of them is Rongcheng. Rongcheng sorts its residents into grades and puts rewards first.',
    'Reported elsewhere: in 2018, people on court blacklists were refused plane tickets about 17.5 million times. They were refused fast train tickets about 5.5 million times. These figures come from the yearly report of the national credit information centre. Several newspapers wrote about it. The refusals follow from the blacklist, not from a score.',
    'And here: the German federal police tested face recognition at Berlin Südkreuz in 2017–18. Face recognition means that a camera knows who you are. The police called the test a success. The Chaos Computer Club read the same report. It found that the best single system was far weaker than the big number in the headlines. In Sweden, the data protection authority fined a local school board in 2019. One of its schools had used face recognition to check who was present.',
    'The EU’s AI Act (Regulation (EU) 2024/1689) bans these 3 things, among others. First: social scoring that leads to unfair worse treatment (Art. 5(1)(c)). Social scoring means giving people points for how they behave. Second: emotion recognition in schools and workplaces, except for medical or safety reasons (Art. 5(1)(f)). Emotion recognition means that a computer guesses how you feel. Third: real-time remote biometric identification by police in public places (Art. 5(1)(h)). This means that cameras recognise people from afar and at once, by their face or body. There are narrow exceptions, and national law must allow them. Most other face recognition is not banned, but it has rules. Data protection law (GDPR) already protects biometric data. Biometric data is data about your body, like your face.',
    'Everything else in the game is the game’s own invention. Examples are points for waiting at green and scores above heads. So are paper by score and shops that make you wait. The debrief marks all of them as the game’s inventions.',
  ],
  peopleTitle: en.peopleTitle,
  people:
    'Keep the talk on the technology, the companies, the rules and the question “and here?”. The city in the game is made up on purpose. Its people look like anyone. Avoid jokes or general statements about Chinese people, names or language. Many people in China are critical of surveillance themselves. Some of your pupils may have family there. Does a remark go that way? Then ask who built the system and who profits from it. Also ask what our own cities and laws allow.',
};
