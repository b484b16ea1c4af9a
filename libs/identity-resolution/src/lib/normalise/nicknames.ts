/**
 * Given-name equivalence groups: the first entry is the formal name, the rest are nicknames
 * and short forms seen in English-speaking customer data. A name may sit in several groups
 * (chris → christopher and christine), so equivalence is "share at least one group".
 */
export const NICKNAME_GROUPS: readonly (readonly string[])[] = [
  ['william', 'bill', 'billy', 'will', 'willy', 'liam', 'willie'],
  ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert', 'robby'],
  ['richard', 'rick', 'ricky', 'dick', 'rich', 'richie'],
  ['james', 'jim', 'jimmy', 'jamie', 'jas'],
  ['john', 'jack', 'johnny', 'jon', 'jonny'],
  ['jonathan', 'jon', 'jonny', 'nathan'],
  ['joseph', 'joe', 'joey', 'jos'],
  ['michael', 'mike', 'mick', 'micky', 'mikey'],
  ['thomas', 'tom', 'tommy'],
  ['charles', 'charlie', 'chuck', 'chas'],
  ['christopher', 'chris', 'kit', 'topher'],
  ['christine', 'chris', 'chrissy', 'tina', 'christina', 'kristina', 'kristine'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davy', 'davie'],
  ['edward', 'ed', 'eddie', 'ted', 'ned', 'teddy'],
  ['anthony', 'tony', 'ant'],
  ['andrew', 'andy', 'drew'],
  ['alexander', 'alex', 'alec', 'sandy', 'xander', 'sasha'],
  ['alexandra', 'alex', 'lexi', 'sandra', 'sasha', 'alexa'],
  ['benjamin', 'ben', 'benny', 'benji'],
  ['matthew', 'matt', 'matty'],
  ['nicholas', 'nick', 'nicky', 'nico'],
  ['peter', 'pete'],
  ['samuel', 'sam', 'sammy'],
  ['samantha', 'sam', 'sammy', 'sammie'],
  ['stephen', 'steve', 'steven', 'stevie'],
  ['timothy', 'tim', 'timmy'],
  ['patrick', 'pat', 'paddy'],
  ['patricia', 'pat', 'patty', 'trish', 'tricia'],
  ['elizabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza', 'libby', 'lisa', 'bess', 'betsy'],
  ['margaret', 'maggie', 'meg', 'peggy', 'marge', 'madge', 'greta'],
  ['katherine', 'kate', 'katie', 'kathy', 'kat', 'catherine', 'cathy', 'kathryn', 'kitty'],
  ['jennifer', 'jen', 'jenny', 'jenn'],
  ['rebecca', 'becky', 'becca', 'bex'],
  ['susan', 'sue', 'susie', 'suzy'],
  ['deborah', 'debbie', 'deb', 'debra'],
  ['victoria', 'vicky', 'tori', 'vikki'],
  ['jessica', 'jess', 'jessie'],
  ['rachel', 'rach'],
  ['abigail', 'abby', 'abbie', 'gail'],
  ['eleanor', 'ellie', 'nell', 'nora', 'elly'],
  ['helen', 'nell', 'nellie'],
  ['joanne', 'jo', 'joanna', 'jojo'],
  ['josephine', 'jo', 'josie'],
  ['frances', 'fran', 'frankie'],
  ['francis', 'frank', 'frankie', 'fran'],
  ['gregory', 'greg'],
  ['jeffrey', 'jeff', 'geoff', 'geoffrey'],
  ['kenneth', 'ken', 'kenny'],
  ['lawrence', 'larry', 'laurie', 'laurence'],
  ['leonard', 'len', 'lenny', 'leo'],
  ['ronald', 'ron', 'ronnie'],
  ['donald', 'don', 'donnie'],
  ['raymond', 'ray'],
  ['gerald', 'gerry', 'jerry'],
  ['harold', 'harry', 'hal'],
  ['henry', 'harry', 'hank', 'hal'],
  ['philip', 'phil', 'pip', 'phillip'],
  ['terence', 'terry', 'terrence'],
  ['vincent', 'vince', 'vinny'],
  ['zachary', 'zach', 'zack'],
  ['nathaniel', 'nat', 'nate', 'nathan'],
  ['susanna', 'sue', 'susie', 'suzanne'],
  ['dorothy', 'dot', 'dottie', 'dolly'],
  ['mary', 'molly', 'polly', 'mae', 'maria', 'marie'],
  ['ann', 'anne', 'annie', 'anna', 'nancy', 'hannah'],
  ['barbara', 'barb', 'babs', 'barbie'],
  ['caroline', 'carol', 'carrie', 'carolyn'],
  ['cynthia', 'cindy'],
  ['judith', 'judy', 'jude'],
  ['pamela', 'pam'],
  ['sarah', 'sara', 'sally', 'sadie'],
  ['theresa', 'terri', 'tess', 'tessa', 'teresa'],
  ['valerie', 'val'],
  ['wendy', 'gwendolyn'],
  ['albert', 'al', 'bert', 'bertie'],
  ['alan', 'al', 'allan', 'allen'],
  ['alfred', 'alf', 'alfie', 'fred'],
  ['frederick', 'fred', 'freddie', 'freddy'],
  ['arthur', 'art', 'artie'],
  ['douglas', 'doug'],
  ['eugene', 'gene'],
  ['mohammed', 'mohammad', 'muhammad', 'mohamed', 'mo'],
  ['oliver', 'ollie', 'olly'],
  ['olivia', 'liv', 'livvy', 'ollie'],
  ['isabella', 'bella', 'izzy', 'isabel', 'isobel'],
  ['amelia', 'millie', 'amy'],
  ['emily', 'em', 'emmy', 'millie'],
  ['emma', 'em', 'emmy'],
  ['sophia', 'sophie', 'soph'],
  ['charlotte', 'charlie', 'lottie', 'lotte'],
  ['gabriel', 'gabe'],
  ['jacob', 'jake'],
  ['joshua', 'josh'],
  ['luke', 'lucas'],
  ['louis', 'lou', 'louie', 'lewis'],
  ['louise', 'lou', 'lulu', 'louisa'],
  ['maximilian', 'max'],
  ['maxwell', 'max'],
  ['nicola', 'nicky', 'nikki', 'nicole'],
  ['stuart', 'stu', 'stewart'],
  ['walter', 'walt', 'wally'],
  ['jose', 'pepe'],
  ['francisco', 'paco', 'pancho', 'frank'],
];

let lookup: Map<string, readonly number[]> | null = null;

function nicknameLookup(): Map<string, readonly number[]> {
  // Built on first use: nothing runs at import time.
  if (lookup) return lookup;
  const map = new Map<string, number[]>();
  NICKNAME_GROUPS.forEach((group, index) => {
    for (const name of group) {
      const list = map.get(name);
      if (list) {
        if (!list.includes(index)) list.push(index);
      } else map.set(name, [index]);
    }
  });
  lookup = map;
  return map;
}

/**
 * The formal name of a normalised given name: `bill` → `william`. Ambiguous nicknames
 * return their first group's formal name; use {@link areNicknameEquivalent} to compare.
 */
export function formalFirstName(name: string): string {
  const groups = nicknameLookup().get(name);
  return groups ? NICKNAME_GROUPS[groups[0]][0] : name;
}

/** True when two normalised given names share a nickname group (e.g. `bob` and `robbie`). */
export function areNicknameEquivalent(a: string, b: string): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a === b) return true;
  const map = nicknameLookup();
  const ga = map.get(a);
  const gb = map.get(b);
  if (!ga || !gb) return false;
  for (const x of ga) if (gb.includes(x)) return true;
  return false;
}
