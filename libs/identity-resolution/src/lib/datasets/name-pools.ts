/** Given names for the synthetic generator (formal forms; nicknames come from the nickname table). */
export const GIVEN_NAMES: readonly string[] = [
  'James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Charles',
  'Christopher', 'Daniel', 'Matthew', 'Anthony', 'Andrew', 'Edward', 'Stephen', 'Peter', 'Samuel', 'Benjamin',
  'Alexander', 'Nicholas', 'Jonathan', 'Timothy', 'Patrick', 'Gregory', 'Kenneth', 'Ronald', 'Harold', 'Philip',
  'Oliver', 'Jacob', 'Joshua', 'Louis', 'Frederick', 'Albert', 'Arthur', 'George', 'Harry', 'Oscar',
  'Noah', 'Leo', 'Ethan', 'Adam', 'Ryan', 'Connor', 'Aidan', 'Rhys', 'Owen', 'Callum',
  'Mohammed', 'Ali', 'Omar', 'Yusuf', 'Ibrahim', 'Rajesh', 'Arjun', 'Vikram', 'Sanjay', 'Wei',
  'Mary', 'Elizabeth', 'Margaret', 'Katherine', 'Jennifer', 'Rebecca', 'Susan', 'Deborah', 'Victoria', 'Jessica',
  'Rachel', 'Abigail', 'Eleanor', 'Helen', 'Joanne', 'Patricia', 'Samantha', 'Christine', 'Alexandra', 'Barbara',
  'Caroline', 'Judith', 'Pamela', 'Sarah', 'Theresa', 'Valerie', 'Olivia', 'Isabella', 'Amelia', 'Emily',
  'Emma', 'Sophia', 'Charlotte', 'Louise', 'Nicola', 'Dorothy', 'Frances', 'Josephine', 'Ann', 'Chloe',
  'Grace', 'Lily', 'Hannah', 'Lucy', 'Megan', 'Laura', 'Amy', 'Zoe', 'Ella', 'Freya',
  'Priya', 'Ananya', 'Fatima', 'Aisha', 'Mei', 'Siobhan', 'Niamh', 'Zoë', 'Renée', 'José',
];

/** Surnames with a long tail; the generator draws them Zipf-like, so a few are very common. */
export const SURNAMES: readonly string[] = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson',
  'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall',
  'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill',
  'Ward', 'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen',
  'James', 'Scott', 'Phillips', 'Watson', 'Davis', 'Parker', 'Price', 'Bennett', 'Young', 'Griffiths',
  'Mitchell', 'Kelly', 'Cook', 'Carter', 'Richardson', 'Bailey', 'Collins', 'Bell', 'Shaw', 'Murphy',
  'Miller', 'Cox', 'Richards', 'Khan', 'Marshall', 'Anderson', 'Simpson', 'Ellis', 'Adams', 'Singh',
  'Begum', 'Wilkinson', 'Foster', 'Chapman', 'Powell', 'Webb', 'Rogers', 'Gray', 'Mason', 'Ali',
  'Hunt', 'Hussain', 'Campbell', 'Matthews', 'Owen', 'Palmer', 'Holmes', 'Mills', 'Barnes', 'Knight',
  'Lloyd', 'Butler', 'Russell', 'Barker', 'Fisher', 'Stevens', 'Jenkins', 'Murray', 'Dixon', 'Harvey',
  "O'Brien", 'McDonald', 'Fitzgerald', 'Nguyen', 'Kowalski', 'Novak', 'Müller', 'García', 'Rossi', 'Chen',
  'Okafor', 'Mensah', 'Haddad', 'Kaur', 'Sharma', 'Gupta', 'Ivanova', 'Papadopoulos', 'Dubois', 'Larsen',
  'Ashdown', 'Blackwood', 'Crowther', 'Dunmore', 'Eccleston', 'Fairbairn', 'Gilchrist', 'Holloway', 'Inglis', 'Jarrold',
  'Kingsley', 'Lockhart', 'Merriweather', 'Northcott', 'Ormerod', 'Pennington', 'Quarrie', 'Rathbone', 'Stanhope', 'Thistlewood',
  'Underhill', 'Vickery', 'Whitlock', 'Yardley', 'Aldridge', 'Bramwell', 'Cartwright', 'Dewhurst', 'Entwistle', 'Fenwick',
];

export const STREET_WORDS: readonly string[] = [
  'High', 'Station', 'Church', 'Victoria', 'Park', 'Mill', 'Kings', 'Queens', 'Manor', 'London',
  'Grange', 'Oak', 'Elm', 'Willow', 'Cedar', 'Meadow', 'Orchard', 'Chapel', 'Bridge', 'Castle',
  'Windsor', 'Albert', 'Springfield', 'Riverside', 'Highfield', 'Green', 'North', 'South', 'West', 'Beech',
  'Ash', 'Hawthorn', 'Lime', 'Birch', 'Holly', 'Cherry', 'Rose', 'School', 'Market', 'Hillside',
];

export const STREET_TYPES: readonly string[] = ['Street', 'Road', 'Avenue', 'Lane', 'Close', 'Drive', 'Gardens', 'Crescent', 'Way', 'Court'];

export const TOWNS: readonly { name: string; area: string; dialCode: string }[] = [
  { name: 'London', area: 'SE', dialCode: '20' },
  { name: 'Manchester', area: 'M', dialCode: '161' },
  { name: 'Birmingham', area: 'B', dialCode: '121' },
  { name: 'Leeds', area: 'LS', dialCode: '113' },
  { name: 'Glasgow', area: 'G', dialCode: '141' },
  { name: 'Bristol', area: 'BS', dialCode: '117' },
  { name: 'Sheffield', area: 'S', dialCode: '114' },
  { name: 'Liverpool', area: 'L', dialCode: '151' },
  { name: 'Edinburgh', area: 'EH', dialCode: '131' },
  { name: 'Cardiff', area: 'CF', dialCode: '29' },
  { name: 'Nottingham', area: 'NG', dialCode: '115' },
  { name: 'Leicester', area: 'LE', dialCode: '116' },
  { name: 'Newcastle upon Tyne', area: 'NE', dialCode: '191' },
  { name: 'Brighton', area: 'BN', dialCode: '1273' },
  { name: 'Norwich', area: 'NR', dialCode: '1603' },
  { name: 'York', area: 'YO', dialCode: '1904' },
];

export const MAIL_DOMAINS: readonly string[] = ['gmail.com', 'gmail.com', 'gmail.com', 'outlook.com', 'hotmail.co.uk', 'yahoo.co.uk', 'icloud.com', 'btinternet.com', 'sky.com'];
