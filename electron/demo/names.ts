import type { Random } from './random';

/**
 * Names for synthetic pupils: common forenames and surnames from the heritages
 * found in English schools, chosen from public frequency lists' most common entries
 * and combined at random, so no pupil is a real person. Apostrophes, hyphens,
 * accents and two-letter surnames are in on purpose: they are what breaks sorting,
 * searching and printing.
 *
 * Weights approximate the ethnic make-up of pupils in state-funded schools in
 * England (DfE "Schools, pupils and their characteristics", rounded): White British
 * about 60%, other white 8%, Asian 12%, Black 6%, mixed 6%, other 4%. `eal` is the
 * chance that a pupil with a name from the group has English as an additional
 * language; across the school it comes to about 15%.
 *
 * A surname written `A|B` has a masculine and a feminine form (Polish -ski/-ska).
 */
export interface Heritage {
  id: string;
  weight: number;
  eal: number;
  male: readonly string[];
  female: readonly string[];
  surnames: readonly string[];
}

export const heritages: readonly Heritage[] = [
  {
    id: 'white-british',
    weight: 60,
    eal: 0.005,
    male: [
      'Oliver', 'George', 'Harry', 'Jack', 'Noah', 'Charlie', 'Jacob', 'Alfie', 'Freddie', 'Oscar', 'Leo', 'Thomas',
      'William', 'James', 'Joshua', 'Archie', 'Henry', 'Theo', 'Arthur', 'Max', 'Samuel', 'Daniel', 'Ethan', 'Joseph',
      'Isaac', 'Finley', 'Logan', 'Harrison', 'Edward', 'Reggie', 'Albie', 'Tommy', 'Ronnie', 'Louie', 'Frankie',
      'Riley', 'Tyler', 'Callum', 'Benjamin', 'Alexander', 'Matthew', 'Alfie-James', 'Lewis', 'Toby',
    ],
    female: [
      'Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Ivy', 'Lily', 'Isabella', 'Rosie', 'Sophia', 'Grace', 'Freya',
      'Florence', 'Poppy', 'Evie', 'Ella', 'Willow', 'Daisy', 'Sienna', 'Phoebe', 'Millie', 'Harper', 'Matilda',
      'Emily', 'Charlotte', 'Ruby', 'Alice', 'Elsie', 'Maisie', 'Lola', 'Erin', 'Holly', 'Megan', 'Chloe', 'Jessica',
      'Hannah', 'Lucy', 'Imogen', 'Esme', 'Scarlett', 'Elizabeth', 'Katherine', 'Lily-Mae', 'Ella-Rose', 'Zoë',
    ],
    surnames: [
      'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson',
      'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Harris', 'Lewis', 'Turner',
      'Hill', 'Cooper', 'Ward', 'Morris', 'Moore', 'Baker', 'Harrison', 'King', 'Morgan', 'Allen', 'Scott', 'Phillips',
      'Watson', 'Parker', 'Price', 'Bennett', 'Young', 'Griffiths', 'Mitchell', 'Cook', 'Carter', 'Richardson',
      'Bailey', 'Collins', 'Bell', 'Shaw', 'Miller', 'Cox', 'Marshall', 'Simpson', 'Ellis', 'Chapman', 'Mason', 'Gray',
      'Webb', 'Rogers', 'Hughes', 'Lloyd', 'Pearce', 'Fletcher', 'Holmes', 'Barker', 'Ashworth', 'Whitehead',
      'Sutcliffe', 'Hargreaves', 'Fox', 'Day',
    ],
  },
  {
    id: 'irish-scottish-welsh',
    weight: 4,
    eal: 0.02,
    male: ['Cian', 'Oisín', 'Rory', 'Finn', 'Euan', 'Dylan', 'Rhys', 'Owen', 'Iwan', 'Seán', 'Conor', 'Fraser', 'Lachlan'],
    female: ['Niamh', 'Aoife', 'Siobhan', 'Ciara', 'Orla', 'Cerys', 'Seren', 'Eilidh', 'Mairead', 'Siân', 'Caitlin', 'Bethan'],
    surnames: [
      "O'Brien", "O'Connor", 'Murphy', 'Byrne', 'Doyle', 'McCarthy', 'Gallagher', 'MacDonald', 'Campbell', 'Fraser',
      'Jenkins', 'Pritchard', 'Llewellyn', 'McLaughlin', 'Quinn', 'Kennedy', 'Reid', "O'Neill",
    ],
  },
  {
    id: 'polish',
    weight: 4,
    eal: 0.65,
    male: ['Jakub', 'Kacper', 'Szymon', 'Filip', 'Mateusz', 'Antoni', 'Wojciech', 'Aleksander', 'Igor', 'Franciszek'],
    female: ['Zofia', 'Zuzanna', 'Maja', 'Lena', 'Wiktoria', 'Natalia', 'Hanna', 'Julia', 'Alicja', 'Oliwia'],
    surnames: [
      'Nowak', 'Kowalski|Kowalska', 'Wiśniewski|Wiśniewska', 'Wójcik', 'Kamiński|Kamińska', 'Lewandowski|Lewandowska',
      'Zieliński|Zielińska', 'Szymański|Szymańska', 'Woźniak', 'Dąbrowski|Dąbrowska', 'Kaczmarek', 'Mazur',
    ],
  },
  {
    id: 'other-european',
    weight: 4,
    eal: 0.6,
    male: ['Andrei', 'Luca', 'Matei', 'David', 'Tiago', 'Rafael', 'Lukas', 'Matteo', 'Nikolai', 'Darius', 'Gonçalo'],
    female: ['Ioana', 'Maria', 'Elena', 'Sofia', 'Beatriz', 'Emilija', 'Giulia', 'Ana', 'Daria', 'Inês'],
    surnames: [
      'Popescu', 'Ionescu', 'Dumitru', 'Silva', 'Santos', 'Ferreira', 'Rossi', 'Romano', 'Petrauskas|Petrauskaitė',
      'Georgiev|Georgieva', 'Ivanov|Ivanova', 'Costa', 'Stan', 'Rodrigues',
    ],
  },
  {
    id: 'south-asian',
    weight: 11,
    eal: 0.4,
    male: [
      'Muhammad', 'Mohammed', 'Ibrahim', 'Yusuf', 'Ayaan', 'Zayn', 'Hamza', 'Arjun', 'Aarav', 'Rohan', 'Dev', 'Rayan',
      'Ishaan', 'Sahil', 'Arhaan', 'Abdullah', 'Tahmid', 'Harjot', 'Veer', 'Zakariya',
    ],
    female: [
      'Aisha', 'Maryam', 'Fatima', 'Zara', 'Hafsa', 'Inaya', 'Anaya', 'Priya', 'Diya', 'Saanvi', 'Simran', 'Jasleen',
      'Amira', 'Nusrat', 'Tahmina', 'Ananya', 'Hana', 'Zainab', 'Alisha',
    ],
    surnames: [
      'Khan', 'Ahmed', 'Hussain', 'Ali', 'Rahman', 'Islam', 'Akhtar', 'Iqbal', 'Mahmood', 'Patel', 'Shah', 'Sharma',
      'Singh|Kaur', 'Gill', 'Sandhu', 'Chowdhury', 'Miah', 'Uddin', 'Mistry', 'Desai', "D'Souza", 'Begum', 'Bhatti',
    ],
  },
  {
    id: 'black',
    weight: 6,
    eal: 0.25,
    male: [
      'Kwame', 'Kofi', 'Tobi', 'Chidi', 'Emeka', 'Oluwaseun', 'Ayodele', 'Jayden', 'Malachi', 'Tyrese', 'Samuel',
      'David', 'Abdirahman', 'Nathaniel', 'Elijah',
    ],
    female: [
      'Amara', 'Adaeze', 'Chiamaka', 'Folake', 'Ife', 'Nia', 'Zainab', 'Abena', 'Esther', 'Precious', 'Blessing', 'Jada',
      'Kiara', 'Hodan', 'Favour',
    ],
    surnames: [
      'Okafor', 'Adeyemi', 'Mensah', 'Boateng', 'Owusu', 'Okoye', 'Adebayo', 'Nwosu', 'Eze', 'Osei', 'Asante',
      'Campbell', 'Grant', 'Francis', 'Henry', 'Abdi', 'Mohamed', 'Hassan', 'Oyelaran', 'Williams',
    ],
  },
  {
    id: 'east-asian',
    weight: 2,
    eal: 0.6,
    male: ['Jun', 'Hao', 'Wei', 'Yi', 'Minh', 'Haruto', 'Jian', 'Bao', 'Ryan', 'Ethan'],
    female: ['Mei', 'Xinyi', 'Yan', 'Linh', 'Hana', 'Yuki', 'Ling', 'Ngoc', 'Chloe', 'Jia'],
    surnames: ['Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Wong', 'Lam', 'Cheung', 'Nguyen', 'Tran', 'Ng', 'Kim', 'Park', 'Lee'],
  },
  {
    id: 'middle-eastern',
    weight: 3,
    eal: 0.6,
    male: ['Omar', 'Adam', 'Yousef', 'Karim', 'Ali', 'Mustafa', 'Emir', 'Kerem', 'Ahmad', 'Rami', 'Hamid'],
    female: ['Layla', 'Noor', 'Mariam', 'Sara', 'Lina', 'Elif', 'Zeynep', 'Dilan', 'Hiba', 'Yasmin', 'Shirin'],
    surnames: [
      'Haddad', 'Mansour', 'Saleh', 'Abdullah', 'Yılmaz', 'Kaya', 'Demir', 'Çelik', 'Aziz', 'Karimi', 'Ahmadi',
      'Rahimi', 'Al-Sayed', 'Hosseini',
    ],
  },
];

/** Short or everyday forms a pupil may be known by. */
const everydayNames: Readonly<Record<string, readonly string[]>> = {
  Alexander: ['Alex', 'Xander'],
  Benjamin: ['Ben', 'Benji'],
  William: ['Will', 'Billy'],
  Thomas: ['Tom', 'Tommy'],
  Samuel: ['Sam'],
  Joshua: ['Josh'],
  Daniel: ['Dan', 'Danny'],
  Matthew: ['Matt'],
  Edward: ['Ed', 'Teddy'],
  Isabella: ['Bella', 'Izzy'],
  Elizabeth: ['Libby', 'Beth', 'Eliza'],
  Katherine: ['Kate', 'Katie'],
  Jessica: ['Jess'],
  Charlotte: ['Lottie'],
  Florence: ['Flo'],
  Oluwaseun: ['Seun'],
  Chiamaka: ['Amaka'],
  Ayodele: ['Ayo'],
  Nathaniel: ['Nate'],
  Aleksander: ['Olek'],
  Wojciech: ['Wojtek'],
  Szymon: ['Simon'],
  Franciszek: ['Franek'],
  Xinyi: ['Cindy'],
  Zakariya: ['Zak'],
  Abdirahman: ['Abdi'],
  Muhammad: ['Mo'],
  Mohammed: ['Mo'],
};

export interface PupilName {
  heritage: Heritage;
  legalForename: string;
  legalSurname: string;
  preferredForename: string | null;
  preferredSurname: string | null;
}

const heritageTable = heritages.map((h) => [h, h.weight] as const);

export function surnameFor(heritage: Heritage, sex: 'M' | 'F', rnd: Random): string {
  const [masculine, feminine] = rnd.pick(heritage.surnames).split('|') as [string, string | undefined];
  return sex === 'F' && feminine ? feminine : masculine;
}

/**
 * A pupil's names. About 6% have parents of two heritages (forename from one,
 * surname from the other); about a third of those with an everyday form of their
 * name go by it; 2% go by a double-barrelled or other surname at school.
 */
export function pupilName(sex: 'M' | 'F', rnd: Random): PupilName {
  let forenameFrom = rnd.weighted(heritageTable);
  let surnameFrom = forenameFrom;
  if (rnd.chance(0.06)) {
    surnameFrom = rnd.weighted(heritageTable);
    if (rnd.chance(0.5)) [forenameFrom, surnameFrom] = [surnameFrom, forenameFrom];
  }
  const names = sex === 'M' ? forenameFrom.male : forenameFrom.female;
  const legalForename = rnd.pick(names);
  const legalSurname = surnameFor(surnameFrom, sex, rnd);
  const everyday = everydayNames[legalForename];
  let preferredForename: string | null = null;
  if (everyday && rnd.chance(0.35)) preferredForename = rnd.pick(everyday);
  else if (rnd.chance(0.015)) preferredForename = rnd.pick(names.filter((n) => n !== legalForename)); // known by a middle name
  let preferredSurname: string | null = null;
  if (rnd.chance(0.02)) {
    const other = surnameFor(rnd.weighted(heritageTable), sex, rnd);
    preferredSurname = other === legalSurname ? null : rnd.chance(0.5) ? `${legalSurname}-${other}` : other;
  }
  return { heritage: forenameFrom, legalForename, legalSurname, preferredForename, preferredSurname };
}
