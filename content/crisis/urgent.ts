import { emergencyLine, hotlineLine } from '../lines';
import { crisis, dcfsHotline, line988, traffickingHotline } from './entry';

/** Someone in danger, a youth talking about suicide, a youth missing: act first (crisis reference a–c). */
export const dangerNow = crisis({
  id: 'crisis-danger-now',
  title: 'Someone is hurt or in danger right now: call 911',
  part: '(a) Immediate danger → 911',
  urls: [
    'https://www.skowhegan.org/FAQ.aspx?QID=95',
    'https://hancockin.gov/206/When-to-Call',
    'https://denco.org/9-1-1-tips',
    'https://www.lajollatowncouncil.org/reasons-to-call-9-1-1',
    'https://www.littleleague.org/player-safety/child-protection-program/state-specific-information-child-abuse/',
  ],
  body:
    '911 is for emergencies happening now: someone is hurt or in danger, a crime is in progress, or police, fire or an ' +
    'ambulance are needed right away. If you are not sure, call and let the call-taker decide. Something that is over and ' +
    "needs no immediate response goes to the youth's CSW and, if it is abuse, to the DCFS Child Protection Hotline. " +
    "Your CASA supervisor's instructions come first.",
  steps: [
    'Call 911. A voice call is best: text-to-911 is not available everywhere.',
    'Give the location first, then what is happening and who is in danger. Answer the questions and stay on the line until told to hang up.',
    "Don't put yourself in harm's way, and never contact or confront the exploiter.",
    "Afterwards, tell your CASA supervisor and the youth's CSW.",
    'If it involved abuse or exploitation of the youth, ask your supervisor whether you also call the DCFS Child Protection Hotline, and about the written follow-up.',
  ],
  lines: [emergencyLine],
  synonyms: [
    '911',
    'emergency',
    'danger',
    'in danger',
    'immediate danger',
    'danger now',
    'right now',
    'hurt',
    'injured',
    'police',
    'call the police',
    'ambulance',
    'attacked',
    'threatened',
    'unsafe',
    'violence',
  ],
  related: ['crisis-report-abuse', 'avoid-contacting-trafficker', 'term-csw', 'term-dcfs'],
});

export const suicide = crisis({
  id: 'crisis-suicide',
  title: 'The youth talks about suicide or hurting themselves: 988',
  part: '(b) The youth talks about suicide or self-harm → 988',
  urls: [
    'https://988lifeline.org/get-help/what-to-expect',
    'https://www.mcphs.edu/student-life/counseling-services/emergency-services/988-suicide-and-crisis-lifeline',
    'https://www.oregon.gov/oha/BH/Lifespan/Pages/About-988.aspx',
    'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
    'https://www.foxla.com/news/nationwide-988-suicide-and-crisis-lifeline-now-available-in-spanish',
    'https://aldianews.com/en/leadership/advocacy/language-not-barrier',
    'https://spectrumnews1.com/ky/louisville/health-and-medicine/2023/07/13/988-mental-health-lifeline-expands-with-chats-and-texts-in-spanish',
    'https://www.waterford.k12.ca.us/o/waterford-adult-education-center/article/1224497',
    'https://news.yahoo.com/5-things-heres-help-suicide-022100727.html?src=rss',
    'https://www.spbh.org/how-to-bethe1to-help-in-5-steps/',
    'https://foundcare.org/blog/national-suicide-prevention-month',
    // The CSW's mental-health field response (DCFS policy 0070-547.14, "Candidates" in DOCUMENT).
    'https://policy.dcfs.lacounty.gov/Policy?id=5812',
  ],
  body:
    'The 988 Suicide & Crisis Lifeline is free, confidential and open 24/7 by call, text or chat: for thoughts of suicide, ' +
    'a mental-health or substance-use crisis, or any emotional distress, and for people worried about someone else. ' +
    'A counselor first asks whether you are safe, then listens, offers support and shares resources. In Spanish: press 2 ' +
    'on a call, text AYUDA to 988, or use the Spanish chat; calls can also use interpreters in 250+ languages. For a youth ' +
    'under DCFS, the CSW can request a county mental-health field response.',
  steps: [
    'If the youth has hurt themselves seriously or is about to act, call 911.',
    'Ask directly whether they are thinking about suicide. Asking openly, without judgment, opens the conversation.',
    "Stay with them and listen without judging. Don't leave them alone, and don't promise to keep thoughts of suicide secret.",
    'Ask whether they have a plan and access to means. If you can do so safely, help put distance between them and anything they could use to hurt themselves.',
    'Call or text 988 together, or chat at 988lifeline.org, or give them the number. In Spanish: press 2 on a call, or text AYUDA to 988. You can also contact 988 yourself for guidance.',
    "Tell your CASA supervisor and the youth's CSW promptly.",
    'Follow up in the days after: a call or text afterward matters.',
  ],
  lines: [line988, emergencyLine],
  synonyms: [
    'suicide',
    'suicidal',
    'wants to die',
    'kill myself',
    'kill themselves',
    'self harm',
    'self-harm',
    'cutting',
    'hurting themselves',
    'overdose',
    'hopeless',
    'mental health crisis',
    'crisis line',
    '988',
    'ayuda',
  ],
  related: ['hotline-988', 'crisis-talking-with-youth', 'term-csw', 'term-dcfs', 'term-sextortion'],
});

export const missing = crisis({
  id: 'crisis-missing',
  title: 'The youth is missing or has left placement (AWOL)',
  part: '(c) The youth is missing or has left placement (AWOL)',
  urls: [
    'https://policy.dcfs.lacounty.gov/Policy?id=5926',
    'https://cmfc.missingkids.org/Missing',
    'https://www.missingkids.org/theissues/missingfromcare',
    'https://www.childwelfare.gov/resources/responding-youth-missing-foster-care-california/',
    'https://www.cdss.ca.gov/inforesources/cdss-programs/foster-care/family-reunification-and-pathways-to-permanency/missing-youth-protocols',
    'https://lexace.ai/us/statute/california/wic-16501.35',
    'https://policy.dcfs.lacounty.gov/Policy?id=6149',
    'https://sfcasa.org/advocacy-strategies/out-of-approved-placement',
    'https://cccocasa.org/menus/remote-advocacy.html',
    'https://extranet.azdcs.gov/DCSPolicy/Content/Program%20Policy/04_Out_of_Home_Care/CH4_S08%20Locating%20Runaway%20Children.htm',
    'https://manuals-sp-chfs.ky.gov/chapter4/Pages/4-67.aspx',
    'https://www.slocounty.ca.gov/departments/probation/forms-documents/education-and-training-materials-documents/procedures/4-juvenile-services-procedures/placement/4-24-youth-who-are-missing-from-foster-care',
    'https://www.1800runaway.org/about-us/faq/',
  ],
  body:
    'Reporting a missing youth is the agency’s duty, not the CASA’s: federal law requires the child-welfare agency to ' +
    'report a missing child to law enforcement and to NCMEC immediately, and no later than 24 hours after learning of it. ' +
    'California requires the same for a youth who is, or is at risk of being, commercially sexually exploited, and the ' +
    'social worker or probation officer must tell law enforcement and the parents or guardians within 24 hours. The CSW ' +
    "keeps making efforts to find the youth, and DCFS notifies the youth's attorney within 24 hours. You may ask the CSW " +
    'or your supervisor whether those reports have been made. Whether DCFS tells the CASA when a youth goes missing: ask ' +
    'your CASA supervisor.',
  steps: [
    'If you believe the youth is in immediate danger, call 911.',
    "Tell the youth's CSW right away: call, then send a short note of what you know and when you learned it.",
    "After hours, or if you can't reach the CSW, call the DCFS Child Protection Hotline: it takes after-hours reports about runaway DCFS dependents.",
    'Tell your CASA supervisor.',
    'Share what could help find the youth or shows risk: who they may be with, places they go, accounts they use, signs of exploitation.',
    "Don't go pick the youth up, and never contact the exploiter.",
    'Keep reaching out by phone or text, without pressure; you can remind the youth of the National Runaway Safeline and the trafficking hotline.',
    "When the youth returns, start with “I am here to talk, if you need me.” If they say they were sexually active, make sure they can get health care. Don't interrogate: the debrief is the social worker's job.",
  ],
  lines: [emergencyLine, dcfsHotline, hotlineLine('hotline-runaway-safeline'), traffickingHotline],
  synonyms: [
    'missing',
    'awol',
    'ran away',
    'runaway',
    'run away',
    'left placement',
    'gone',
    'disappeared',
    'did not come home',
    'not in placement',
    'missing from care',
    'absent from placement',
    'who do i tell',
    'who to tell',
    'on the run',
  ],
  related: [
    'term-awol',
    'term-csw',
    'term-dcfs',
    'avoid-picking-up-youth',
    'avoid-contacting-trafficker',
    'phrase-here-to-talk',
    'hotline-ncmec',
    'term-nmd',
  ],
});
