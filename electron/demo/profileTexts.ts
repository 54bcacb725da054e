/**
 * Phrase banks for one-page profiles: what people like and admire (said by
 * others), what is important to the pupil and how best to support them (in
 * the pupil's own words, as a SENCO writes them down with the child). Made up,
 * and kept general so that no profile reads like a real child's.
 */
export type AgeBand = 'early' | 'middle' | 'older';

export const likeAndAdmire: Record<AgeBand, readonly string[]> = {
  early: [
    'Has a lovely smile and greets everyone in the morning', 'Kind to friends who are sad', 'Loves to help tidy up',
    'Full of questions about the world', 'Brilliant at building tall towers', 'Gentle with the class guinea pigs',
    'Joins in with every song', 'Tries new things even when they feel hard',
  ],
  middle: [
    'Kind and thoughtful towards others', 'A great sense of humour', 'Works hard even when things are tricky',
    'Knows lots of facts about space and dinosaurs', 'A good team player at football', 'Creative: drawings full of detail',
    'Honest and fair in games', 'Very caring towards younger children', 'Always ready to help the adults in class',
  ],
  older: [
    'Determined: keeps going when work is hard', 'Talented at art and design', 'Reliable: takes on a job and does it well',
    'Thoughtful in class discussions', 'Funny and well liked by classmates', 'Loyal to friends',
    'Knows a great deal about history and enjoys sharing it', 'Polite and helpful to visitors', 'A strong and fair sports captain',
  ],
};

export const importantToMe: Record<AgeBand, readonly string[]> = {
  early: [
    'My mummy and my baby brother', 'Playing with the cars in the construction area', 'My teddy, who comes to school in my bag',
    'Going to the park after school', 'Having my snack at the same time every day', 'Dinosaurs, especially the big ones',
    'My dog, Biscuit', 'Drawing with the chunky crayons',
  ],
  middle: [
    'Playing football at playtime with my friends', 'My cat, Pepper', 'Building things in Minecraft', 'Going swimming on Saturdays',
    'Knowing what is happening next in the day', 'Reading comics', 'Seeing my nan every Sunday', 'Being in the school choir',
  ],
  older: [
    'My friends, and having someone to sit with at lunch', 'Gaming with my cousins at the weekend', 'Playing for my football club',
    'Music: I play the drums', 'Working with animals when I leave school', 'Knowing my timetable in advance',
    'Drawing and anime', 'My little sister', 'Going to the gym with my dad',
  ],
};

/** How best to support me, by type of need; `general` for anyone. */
export const howToSupport: Readonly<Record<string, readonly string[]>> = {
  SLCN: ['Give me one instruction at a time', 'Show me pictures or write it down as well as telling me', 'Give me time to answer before you ask again'],
  ASD: ['Tell me before something changes', 'Let me go to my quiet space when it gets too noisy', 'Say exactly what you mean: I take words literally'],
  SEMH: ['Let me use my time-out card when I feel cross or worried', 'Talk to me quietly, not in front of everyone', 'Check in with me at the start of the day'],
  MLD: ['Check I understand by asking me to say it back', 'Let me use number lines and word mats', 'Break my work into small steps'],
  SPLD: ['Do not ask me to read aloud unless I have practised', 'Let me use my coloured overlay', 'Let me use a laptop for longer writing', 'Give me printed notes instead of copying from the board'],
  PD: ['Let me leave lessons a few minutes early to get around', 'Ask me before you help me', 'Give me extra time to change for PE'],
  HI: ['Face me when you talk and check my radio aid is on', 'Sit me near the front'],
  VI: ['Give me my work in big print', 'Say my name before you talk to me'],
  MSI: ['Keep the room calm and well lit', 'Touch my arm gently to let me know you are there'],
  SLD: ['Use signs and symbols with your words', 'Show me what to do, one step at a time'],
  PMLD: ['Give me time to respond: watch for my smile', 'Tell me what is happening before you move me'],
  DS: ['Show me what to do as well as telling me', 'Give me a visual timetable for the day'],
  general: ['Give me a little more time', 'Praise me when I try hard', 'Sit me near the front, away from the door', 'Remind me of the start and end of a task'],
};
