import { rentingLacyWording, term } from './term';

/** Glossary terms 1–13: the world of “the life”, its roles, places, money and rules (street words). */
export const lifeTerms = [
  term({
    n: 1,
    id: 'term-the-life',
    title: 'The life / the game',
    variants: ['the life', 'in the life', 'the game', 'in the game', 'the lifestyle', 'out the life', 'out of the life'],
    search: ['in da life', 'left the life', 'exit', 'exiting'],
    meaning:
      'Street names for commercial sex and trafficking, seen as a whole world with its own rules, ranks and words. “In the life” ' +
      'means involved now; research on leaving describes people who have left as “out of the life”.',
    why:
      'A youth who talks about “the life” or “the game” as familiar, or knows its rules, may be involved or close to someone who ' +
      'is. Leaving is rarely one clean step: survivors in one study went in and out several times before leaving for good, and ' +
      'what helped most was systems working together.',
    note: '“The game” makes exploitation sound like a choice or fun: in your own words, say “exploitation”. Expect setbacks; a youth who goes back has not failed.',
    unconfirmed: '“out of the life” as a term in use: it was found only in research on leaving.',
    urls: [
      'http://ncfy.acf.hhs.gov/book/export/html/19353',
      'https://sextraffickingandspecialeducation.com/sex-trafficking/glossary/',
      'http://www.unchainedmovement.org/learn/terminology/',
      'http://jenlrobinson.com/are-you-out-of-pocket/',
      'https://d.lib.msu.edu/etd/50448/FULL_TEXT/view',
      'https://covenanthousetoronto.ca/traffick-stop/language-and-key-terms/',
    ],
    related: ['red-flag-familiar-with-sex-terms', 'harm-reduction-not-ready', 'remember-active-support'],
    street: true,
  }),
  term({
    n: 2,
    id: 'term-daddy',
    title: 'Daddy',
    variants: ['daddy', 'my daddy', 'boyfriend', 'boss', 'manager', 'my man'],
    search: ['calls him daddy', 'older boyfriend'],
    meaning: 'What an exploiter often makes the people he controls call him. It casts him as a father figure.',
    why:
      'A youth who calls an older person “daddy”, or has a “boyfriend” who manages their money and rules, is a red flag to raise ' +
      'with your supervisor and the CSW. The CASA handout lists loyalty to the trafficker and an older intimate partner among red ' +
      'flags, and says traffickers create an illusion of family and become a parent figure.',
    note: "Don't attack the person the youth is attached to: that can push the youth away. Listen, name behaviors (“he keeps your money”), and stay consistent.",
    urls: [
      'http://ncfy.acf.hhs.gov/book/export/html/19353',
      'https://sextraffickingandspecialeducation.com/sex-trafficking/glossary/',
      'http://sextraffickingresearch.blogspot.com/2011/01/sex-trafficking-slangcommon-words.html',
      'https://wepreventtrafficking.org/terminology/',
    ],
    handout: true,
    related: ['red-flag-loyalty-to-trafficker', 'red-flag-older-partner', 'tactic-role-model', 'term-family-stable'],
    street: true,
  }),
  term({
    n: 3,
    id: 'term-bottom',
    title: 'Bottom',
    variants: ['bottom', 'bottom girl', 'bottom bitch', 'my bottom', 'right hand'],
    search: ['bottom b', 'bottom chick', 'main girl'],
    meaning:
      'A person the exploiter picks to supervise the others: passing on his rules, collecting money, booking rooms, posting ads, ' +
      'sometimes punishing or recruiting. She is usually exploited too, often for the longest.',
    why:
      'A youth may be controlled by a “bottom” rather than by the exploiter directly, or may be pushed into the role and then ' +
      'treated as an offender for things she was made to do.',
    note: "Never repeat the full street name to the youth. A youth in this role is still a young person being exploited; don't treat her as “the recruiter” in front of her.",
    urls: [
      'http://sharedhope.org/learn/traffickingterms',
      'http://ncfy.acf.hhs.gov/book/export/html/19353',
      'http://www.mdhumantrafficking.org/definitions',
      'http://sextraffickingresearch.blogspot.com/2011/01/sex-trafficking-slangcommon-words.html',
      'https://awakeandbold.org/resources-save-a-child/terminology-used-in-trafficking/',
      'https://wepreventtrafficking.org/terminology/',
    ],
    related: ['term-family-stable', 'term-wife-in-law', 'term-recruiter'],
    street: true,
  }),
  term({
    n: 4,
    id: 'term-wife-in-law',
    title: 'Wife-in-law / wifey',
    variants: ['wife-in-law', 'wife in law', 'wifey', 'wifeys', 'wifies', 'sister-wife'],
    search: ['wifeinlaw', 'sister wife'],
    meaning: 'What the people under the same exploiter call one another.',
    why: 'A youth who mentions “wifeys” or a “wife-in-law” is describing a group controlled by one person: more young people who may be at risk.',
    note: "These bonds can be the closest thing the youth has to siblings; don't mock or dismiss them.",
    urls: [
      'http://ncfy.acf.hhs.gov/book/export/html/19353',
      'http://sextraffickingresearch.blogspot.com/2011/01/sex-trafficking-slangcommon-words.html',
      'http://tvol.blogspot.com/2005/10/young-lives-for-sale.html',
    ],
    related: ['term-family-stable', 'term-bottom'],
    street: true,
  }),
  term({
    n: 5,
    id: 'term-family-stable',
    title: 'Family / folks / stable',
    variants: ['family', 'fam', 'folks', 'folk', 'stable', 'my people'],
    search: ['his girls'],
    meaning:
      'The whole group of people controlled by one exploiter, who plays the father (“daddy”). “Stable” is the exploiter’s word ' +
      'and treats people like horses.',
    why: 'Exploiters use the need for family, and a youth in foster care may value this “family” deeply. The CASA handout says traffickers create an illusion of family structure.',
    note: 'Never call the youth’s group a “stable”. Acknowledge the need behind the attachment, and help the youth name real supports (the handout’s “top 3 people”).',
    unconfirmed: rentingLacyWording('stable'),
    urls: [
      'http://ncfy.acf.hhs.gov/book/export/html/19353',
      'https://sextraffickingandspecialeducation.com/sex-trafficking/glossary/',
      'http://5-stones.org/glossary-of-terms/',
      'http://beyhadh.info/view/15-shocking-terms-in-sex-trafficking-that-commonly-used-in-daily-practice/MEh4I',
    ],
    handout: true,
    related: ['tactic-illusion-of-family', 'harm-reduction-top-3-people', 'term-daddy'],
    street: true,
  }),
  term({
    n: 6,
    id: 'term-track',
    title: 'Track / stroll / blade',
    variants: ['the track', 'on the track', 'the stroll', 'the blade', 'the ho stroll', 'kiddie stroll', 'the fig'],
    search: ['track', 'stroll', 'ho stroll', 'blade', 'figueroa', 'walking the street', 'street'],
    meaning:
      'A street or area where sex is sold, often watched over by exploiters. A “kiddie stroll” is an area known for younger victims.',
    why:
      'In Los Angeles, reporting in 2015 described a stretch of South Figueroa Street (“the Fig”) as one of the main tracks, with ' +
      'exploiters guarding their own blocks. A youth who knows these places by name, or who is seen there, needs attention.',
    note: "Don't quiz the youth about where they “work”: it can feel like an interrogation. If they share, thank them and pass safety concerns to the CSW.",
    unconfirmed: rentingLacyWording('kiddie stroll'),
    urls: [
      'http://ncfy.acf.hhs.gov/book/export/html/19353',
      'http://jenlrobinson.com/are-you-out-of-pocket/',
      'http://projects.aljazeera.com/2015/12/sex-trafficking',
      'http://beyhadh.info/view/15-shocking-terms-in-sex-trafficking-that-commonly-used-in-daily-practice/MEh4I',
    ],
    related: ['term-high-low-track', 'term-circuit', 'fact-csec-forms'],
    street: true,
  }),
  term({
    n: 7,
    id: 'term-high-low-track',
    title: 'High track / low track',
    variants: ['high track', 'low track', 'hi-track'],
    search: ['hi track', 'lo track'],
    meaning:
      'A rough ranking of places or people in street sex markets: “high track” where buyers pay more (often linked to younger ' +
      'victims), “low track” where prices are lower. Reported by a group in British Columbia, Canada; whether it means the same ' +
      'in Los Angeles is unconfirmed: ask your CASA supervisor.',
    why: 'It shows the youth knows how the market is ranked; talk of being “moved up” may reflect grooming.',
    note: "These words rank people by price. Don't repeat them.",
    urls: ['https://www.childrenofthestreet.com/terms'],
    related: ['term-track'],
    street: true,
  }),
  term({
    n: 8,
    id: 'term-circuit',
    title: 'Circuit',
    variants: ['the circuit', 'on the circuit', 'going to vegas', 'moved around'],
    search: ['circuit', 'other cities', 'vegas', 'traveling'],
    meaning: 'A set of cities or areas that exploiters move people between.',
    why: 'A youth who is repeatedly missing and mentions other cities may be moved along a circuit. Tell the CSW what you heard.',
    note: 'Ask about wellbeing and needs, not an itinerary.',
    unconfirmed: rentingLacyWording(),
    urls: [
      'http://beyhadh.info/view/15-shocking-terms-in-sex-trafficking-that-commonly-used-in-daily-practice/MEh4I',
      'http://5-stones.org/glossary-of-terms/',
      'https://npcht.org/?p=254',
    ],
    related: ['crisis-missing', 'term-track'],
    street: true,
  }),
  term({
    n: 9,
    id: 'term-quota',
    title: 'Quota',
    variants: ['quota', 'my number', 'make my money', 'trap'],
    search: ['owe money', 'nightly money'],
    meaning: 'A nightly money target set by the exploiter; the person is not allowed back “home” until it is met.',
    why:
      'Polaris lists setting quotas as one of the ways exploiters coerce people. A youth worried about “making” a number, or ' +
      'afraid to go home without money, may be controlled.',
    note: "Don't ask how much they made; focus on safety and basic needs.",
    unconfirmed: rentingLacyWording(),
    urls: [
      'https://www.slideshare.net/slideshow/1-b-domestic-sex-trafficking/20670580',
      'http://beyhadh.info/view/15-shocking-terms-in-sex-trafficking-that-commonly-used-in-daily-practice/MEh4I',
    ],
    related: ['red-flag-excess-cash', 'term-exit-fee'],
    street: true,
  }),
  term({
    n: 10,
    id: 'term-trick-john-buyer',
    title: 'Trick / date / john / buyer',
    variants: ['trick', 'turning a trick', 'turn tricks', 'date', 'dating', 'john', 'client', 'buyer', 'customer'],
    search: ['tricks', 'tricking', 'turning tricks', 'turn a trick', 'dates', 'johns'],
    meaning: 'The person who pays, or trades something of value, for sex; also the act itself (“turning a trick”, “with a date”).',
    why:
      'A youth talking about “dates” with older people, or about “tricks”, is describing commercial sex. For a minor this is ' +
      'exploitation under the law, whoever set it up.',
    note: 'In your own words say “buyer”, not “john”: it keeps responsibility on the person who pays. Avoid “trick” when talking with the youth.',
    urls: [
      'http://ncfy.acf.hhs.gov/book/export/html/19353',
      'http://5-stones.org/glossary-of-terms/',
      'https://lifefortheinnocent.org/?p=9243',
      'https://rollerskatetoliberate.org/rs2lblog/words-and-phrases-advocates-need-to-know',
      'http://beyhadh.info/view/15-shocking-terms-in-sex-trafficking-that-commonly-used-in-daily-practice/MEh4I',
    ],
    related: ['term-trafficker', 'fact-term-trafficker', 'term-sugar-daddy'],
    street: true,
  }),
  term({
    n: 11,
    id: 'term-choosing',
    title: 'Choosing up / choosing fee',
    variants: ['choose up', 'choosing up', 'chose him', 'choosing fee', 'she chose'],
    search: ['choosing', 'chose', 'chose up', 'eye contact'],
    meaning:
      'When a person passes, or is pushed, from one exploiter to another. By the exploiters’ “rules”, even looking another ' +
      'exploiter in the eye can count as choosing him; the old exploiter may demand a fee, and a “choosing fee” may be charged ' +
      'to join a new group.',
    why: 'It shows the youth lives under an exploiter’s rules (eyes down, no eye contact). A youth who “chose” someone did not freely choose: debts and fees are control.',
    note: 'Don’t use “she chose” language in notes or court reports.',
    urls: [
      'http://sharedhope.org/learn/traffickingterms',
      'https://sextraffickingandspecialeducation.com/sex-trafficking/glossary/',
      'https://npcht.org/?p=254',
      'http://jenlrobinson.com/are-you-out-of-pocket/',
    ],
    related: ['term-out-of-pocket', 'term-exit-fee'],
    street: true,
  }),
  term({
    n: 12,
    id: 'term-out-of-pocket',
    title: 'Out of pocket',
    variants: ['out of pocket', 'oop', 'she was out of pocket'],
    search: ['out of pockett', 'broke the rules'],
    meaning:
      'In this world: breaking the exploiter’s rules (for example, eye contact with another exploiter), or working without an ' +
      'exploiter’s “protection”, which exposes the person to pressure to “choose”. In everyday English the same phrase means ' +
      'unreachable, or out of line.',
    why: 'Being “out of pocket” can lead to punishment; a youth who says it may be afraid of someone.',
    note: 'Check which meaning the youth intends before assuming.',
    urls: [
      'http://sextraffickingresearch.blogspot.com/2011/01/sex-trafficking-slangcommon-words.html',
      'https://www.hidden-inplainsight.com/glossary-of-terms',
      'http://jenlrobinson.com/are-you-out-of-pocket/',
    ],
    related: ['term-choosing', 'term-renegade'],
    street: true,
  }),
  term({
    n: 13,
    id: 'term-exit-fee',
    title: 'Exit fee',
    variants: ['exit fee', 'i owe him', 'i have to pay to leave'],
    search: ['owe him', 'pay to leave', 'debt'],
    meaning: 'A large sum an exploiter demands from someone who wants to leave, set high on purpose so they stay.',
    why: 'A youth who says they “owe” someone or must pay to leave is describing debt used as control.',
    note: "Don't promise to pay or negotiate; tell the CSW and your supervisor.",
    unconfirmed: rentingLacyWording(),
    urls: [
      'https://sextraffickingandspecialeducation.com/sex-trafficking/glossary/',
      'http://beyhadh.info/view/15-shocking-terms-in-sex-trafficking-that-commonly-used-in-daily-practice/MEh4I',
    ],
    related: ['term-quota', 'avoid-contacting-trafficker'],
    street: true,
  }),
];
