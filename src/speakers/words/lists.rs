//! The word lists themselves, as data: honorifics, determiners, stop
//! words, organisation words, person nouns, titles and given names. All hold
//! lowercase words; [`super::lexicon`] builds one table from them.

use super::Gender;
use crate::chars::split_once_at;

/// Honorifics by the gender they imply.
pub(super) const HONORIFICS: &[(&str, Option<Gender>)] = &[
    ("mr mister sir lord fr sheikh", Some(Gender::Male)),
    ("mrs ms miss madam dame lady", Some(Gender::Female)),
    ("dr prof rev datuk dato hon honourable honorable rt", None),
];

/// Abbreviations whose period does not end a sentence (`Apple Inc. said`),
/// each at most 5 bytes long (see `tokens::takes_period`).
pub(super) const ABBREVIATIONS: &str =
    "apr aug co corp dec dept feb inc jan jr ltd nov oct sep sept sr vs";

/// Titles before a name: their period is theirs only when a name follows
/// (`Sen. Chuck Schumer`), not at a sentence's end (`said Hun Sen.`).
/// `No.` before a number is one too (`the No. 2 in the GOP leadership`),
/// not at a sentence's end (`she said no.`). Each at most 5 bytes long
/// (`Const.`, Canadian police style).
pub(super) const TITLE_ABBREVIATIONS: &str = "adm ald capt cmdr col const cpl cst det dr fr gen gov insp lt maj mr mrs \
     hon ms mt no pres prof rep reps rev rt sen sens sgt st supt";

pub(super) const DETERMINERS: &str = "the a an his her their its our my your this these those some several many another each every \
     both one two three four five other such";

pub(super) const STOPS: &str = "in on at to from by with about after before during since until into onto over under as than \
     like without through against among between across around near per via upon within toward \
     towards amid despite and or but nor so yet because although though while whereas if unless \
     whether when where why how whom who whose which what that is are was were be been being am \
     has have had having do does did will would shall should can could may might must not there \
     here him them us me it i we you he she they also then now just only even very too once again \
     still however meanwhile yesterday today tonight monday tuesday wednesday thursday friday \
     saturday sunday morning afternoon evening night later earlier last next ago instead moreover indeed thus therefore \
     nevertheless nonetheless otherwise likewise overall elsewhere afterward afterwards besides \
     hence anyway regardless furthermore isn’t aren’t wasn’t weren’t don’t doesn’t didn’t hasn’t \
     haven’t hadn’t won’t wouldn’t can’t couldn’t shouldn’t isn't aren't wasn't weren't don't \
     doesn't didn't hasn't haven't hadn't won't wouldn't can't couldn't shouldn't";

pub(super) const STOP_NAMES: &str = "am may will us it can long hope rich young";

pub(super) const CONNECTORS: &str = "of for";

pub(super) const PLACE_PREPOSITIONS: &str = "in at from with on";

pub(super) const SKIPPABLE: &str = "also later then again once previously recently earlier further still too has have had was is \
     were are would will did does do had never always often long already first last has been just \
     once even not could can might only now reportedly publicly privately finally simply \
     cannot can't can’t couldn't couldn’t won't won’t wouldn't wouldn’t didn't didn’t doesn't \
     doesn’t don't don’t isn't isn’t wasn't wasn’t aren't aren’t weren't weren’t";

pub(super) const ORG_WORDS: &str = "ministry department party committee council commission court agency office bureau group \
     association union institute university college school company corp inc co ltd times post \
     news journal report campaign foundation organization organisation center centre bank \
     government administration house senate congress parliament police army force network service \
     services centers centres theater theatre day street city county state states republic kingdom church \
     hospital club fund watch reuters press cnn nbc abc cbs fox msnbc twitter facebook google \
     tribune herald magazine daily network coalition alliance federation board council authority \
     nations forces guard navy airlines motors group international media america american \
     americans democrats republicans gop dnc rnc fbi cia nsa epa un eu nato who imf u.s. uk usa \
     county province district white pentagon kremlin capitol chamber academy museum league society \
     trust partners holdings ventures associates capital investments corporation firm station \
     arena stadium airport bridge square road avenue plaza \
     afghanistan algeria argentina australia austria bangladesh belarus belgium brazil britain \
     canada china colombia cuba denmark egypt ethiopia finland france germany greece hungary \
     indonesia iran iraq ireland israel italy japan kenya korea kuwait lebanon libya malaysia \
     mexico myanmar netherlands nigeria norway pakistan palestine poland qatar russia \
     serbia somalia spain sudan sweden switzerland syria taiwan thailand turkey ukraine \
     venezuela vietnam yemen zimbabwe beijing moscow tehran kyiv pyongyang";

pub(super) const PERSON_NOUNS: &str = "spokesman spokeswoman spokesperson official officer minister lawyer attorney aide adviser \
     advisor analyst expert source resident witness man woman person doctor economist researcher \
     professor leader head chief director president governor senator candidate voter supporter critic \
     activist member worker employee manager owner friend mother father son daughter wife husband \
     teacher student strategist consultant representative secretary mayor judge chairman \
     chairwoman ceo nominee appointee congressman congresswoman lawmaker diplomat pollster operative donor \
     veteran victim farmer founder executive commander prosecutor investigator scientist \
     historian author curator writer reporter journalist editor host actor actress singer player coach \
     businessman businesswoman billionaire mogul brother sister user assailant colleague partner \
     neighbor neighbour commentator columnist blogger lobbyist organizer volunteer protester \
     citizen insider ally opponent rival challenger incumbent delegate staffer observer backer \
     correspondent producer commissioner sheriff treasurer chairperson convenor convener trustee \
     coordinator organiser administrator headteacher ombudsman registrar pastor priest bishop nurse surgeon \
     physician engineer entrepreneur investor banker athlete striker midfielder defender guard \
     photographer epidemiologist tactician politician winger forward anchor pathologist \
     goalkeeper quarterback pitcher flanker fly-half scrum-half fullback captain skipper driver boxer runner retiree pensioner mum dad \
     grandmother grandfather uncle aunt teenager detective inspector star presenter rapper \
     footballer fan boyfriend girlfriend suspect defendant shopkeeper landlord landlady tenant \
     passenger motorist cyclist pilot soldier firefighter paramedic barrister solicitor campaigner \
     chef comedian musician artist boss midwife carer survivor parent grandparent child teen pupil \
     graduate co-star co-founder co-ceo co-author co-chair co-host editor-in-chief operator bride groom widow widower refugee migrant tourist visitor customer shopper \
     patient homeowner freshman sophomore developer principal meteorologist councilor \
     policyholder reader republican democrat tory";

pub(super) const SAYING_NOUNS: &str = "account accusation admission advice allegation announcement answer \
     argument assertion assessment boast call calls claim claims comment comments contention declaration \
     demand explanation insistence message opinion plea pledge prediction promise promises question quip \
     quote reaction remark remarks reply response slogan statement suggestion verdict view vow warning warnings words";

pub(super) const IRREGULAR_PASTS: &str = "thought found made took gave saw knew felt kept put ran \
     brought sent left won held wrote spoke told broke began went came got stood drew threw set \
     met led lost fell rose paid spent sold bought";

pub(super) const INSTITUTION_HEADS: &str = "administration affairs agency board bureau commission \
     committee council department development enforcement services corporation protection \
     prevention fund authority association trust";

/// Nouns of persons that tell a gender (`her husband` is a he). Apart from
/// [`MALE`] and [`FEMALE`]: those are given names, which start a name.
pub(super) const MALE_NOUNS: &str = "husband father son brother boyfriend man grandfather uncle \
     nephew dad widower groom";

pub(super) const FEMALE_NOUNS: &str = "wife mother daughter sister girlfriend woman grandmother \
     aunt niece mum mom widow bride actress";

pub(super) const PLURAL_NOUNS: &str = "people police staff children men women folks";

/// Titles, one a row ending in a comma: the words, then `=` and the title
/// they stand for when it differs, then `/m` or `/f` for the gender they
/// imply. Longer ones first, so `vice president` wins over `president`.
/// One string (see [`titles`]): rows of two `&str` and a gender cost 20
/// bytes each in the .wasm.
pub(super) const TITLES: &str = concat!(
    "secretary of state,",
    "majority leader,",
    "minority leader,",
    "attorney general,",
    "solicitor general,",
    "surgeon general,",
    "inspector general,",
    // Commonwealth style hyphenates them (`Attorney-General Mark Dreyfus`;
    // a lexicon word is at most 16 bytes, so not `Solicitor-General`).
    "attorney-general=attorney general,",
    "auditor-general,",
    "governor-general,",
    "prime minister,",
    "vice president,",
    "vice chairman=vice chair,",
    "vice chair,",
    "president-elect,",
    "foreign minister,",
    "first lady/f,",
    "pm=prime minister,",
    "police chief,",
    "premier,",
    "president,",
    "minister,",
    "senator,",
    "sen=senator,",
    "rep=representative,",
    "representative,",
    "congressman=representative/m,",
    "congresswoman=representative/f,",
    "assembly member=assemblymember,",
    "assemblymember,",
    "assemblyman=assemblymember/m,",
    "assemblywoman=assemblymember/f,",
    "councilman/m,",
    "alderman/m,",
    "alderwoman/f,",
    "ald=alderman,",
    "councilwoman/f,",
    "gov=governor,",
    "governor,",
    "mayor,",
    "secretary,",
    "judge,",
    "justice,",
    "chief justice,",
    "chairman/m,",
    "chairwoman/f,",
    "chair,",
    "director general=director-general,",
    "director-general,",
    "director,",
    "general,",
    "gen=general,",
    "king/m,",
    "queen/f,",
    "crown prince/m,",
    "prince/m,",
    "princess/f,",
    "pope/m,",
    "pontiff=pope/m,",
    "taoiseach,",
    "ambassador,",
    "chancellor,",
    "commissioner,",
    "sheriff,",
    "coroner,",
    "lt=lieutenant,",
    "lieutenant governor,",
    "lieutenant,",
    "col=colonel,",
    "sgt=sergeant,",
    "sergeant,",
    // Ireland's police officer of the lowest rank (`Garda Sean Boyle`), and
    // Nigeria's and India's superintendent of police (`SP Daniel Okoro`).
    "garda,",
    "sp=superintendent,",
    "capt=captain,",
    "captain,",
    "coach,",
    "adm=admiral,",
    "vice admiral,",
    "rear admiral,",
    "ayatollah/m,",
    "emir/m,",
    "sultan/m,",
    "maj=major,",
    "detective,",
    "press secretary,",
    "spokesman/m,",
    "spokeswoman/f,",
    "spokesperson,",
    // Company officers (`Chief Executive Officer Lisa Park`, `CFO Ann Lee`).
    "chief executive officer=chief executive,",
    "chief executive,",
    "chief financial officer,",
    "chief operating officer,",
    "chief technology officer,",
    "chief investment officer,",
    "ceo=chief executive,",
    "cfo=chief financial officer,",
    "coo=chief operating officer,",
    "cto=chief technology officer,",
    "chief,",
    "speaker,",
    // British and Commonwealth usage (`Cllr Sarah Brown`, `Supt Mark Hill`,
    // `Labour MP Jess Phillips`, `Sir Keir Starmer`).
    "mp=member of parliament,",
    "msp=member of the scottish parliament,",
    "mep=member of the european parliament,",
    "mla=member of the legislative assembly,",
    "mpp=member of provincial parliament,",
    "cllr=councillor,",
    "cr=councillor,",
    "councillor,",
    // A plural title before two names joined by `and` is each one's
    // (`Councillors Rita Voss and Omar Haddad`); a title of its own, so
    // that `several senators` stands for no senator named.
    "councillors,",
    "senators,",
    "sens=senators,",
    "reps=representatives,",
    "alderpersons,",
    "commissioners,",
    "supt=superintendent,",
    "superintendent,",
    "insp=inspector,",
    "inspector,",
    "det=detective,",
    // Canadian police style (`Const. Mira Okafor`, RCMP `Cpl.` and `Cst.`).
    "constable,",
    "const=constable,",
    "cst=constable,",
    "cpl=corporal,",
    "corporal,",
    "sir/m,",
    "dame/f,",
    "lord/m,",
    "baroness/f,",
    "prosecutor,",
    "magistrate,",
    // India's police (`DCP Ravi Sen`): the commissioner's title. (The
    // lexicon holds at most 127 first words of titles.)
    "dcp=commissioner,",
    // Sports (`Coach Andy Reid`, `head coach Sean Dyche`, `manager Erik ten Hag`).
    "head coach=coach,",
    "coach,",
    "campaign manager,",
    "manager,",
    "professor,",
    "prof=professor,",
    "rabbi,",
    "bishop/m,",
    "archbishop/m,",
    "cardinal/m,",
);

/// The rows of [`TITLES`]: (words, the title they stand for, gender).
pub(super) fn titles() -> impl Iterator<Item = (&'static str, &'static str, Option<Gender>)> {
    TITLES.split_terminator(',').map(|row| {
        let (row, gender) = match split_once_at(row, b'/') {
            Some((row, "m")) => (row, Some(Gender::Male)),
            Some((row, _)) => (row, Some(Gender::Female)),
            None => (row, None),
        };
        let (words, key) = split_once_at(row, b'=').unwrap_or((row, row));
        (words, key, gender)
    })
}

pub(super) const MALE: &str = "matt dave andy rob greg jeff james john robert michael william david richard joseph thomas charles christopher daniel \
     matthew anthony donald mark paul steven andrew kenneth joshua kevin brian george edward \
     ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin \
     scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis jerry \
     tyler aaron jose henry adam douglas nathan peter zachary kyle walter harold jeremy ethan \
     carl keith roger gerald christian terry sean arthur austin noah lawrence jesse joe bryan \
     billy jordan albert dylan bruce willie gabriel alan juan logan wayne ralph roy eugene randy \
     vincent russell louis philip bobby johnny bradley bernie bill mike jim tom ted jeb marco \
     rand newt mitt barack hun vladimir xi boris emmanuel mitch chris ben bob dick rick tim jon \
     dan nick steve tony sam ahmed mohammed muhammad ali hassan omar carlos luis pedro pablo ivan \
     dmitry sergei lindsey reince corey kellyanne newt rudy howard harry al lyndon franklin \
     abraham ulysses jimmy gordon tony nigel";

pub(super) const FEMALE: &str = "jen beth mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty \
     margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah \
     stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela \
     nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria \
     heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith \
     megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice \
     jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle \
     theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary \
     ivanka melania chelsea huma condoleezza sarah nikki elizabeth michele carly jill debbie \
     dianne kamala theresa angela marine jacinda ruth sonia elena hope kellyanne anne jane kate \
     liz sue meg tina lucy claire fatima aisha yingluck aung benazir indira golda margaret \
     loretta nancy maxine tammy kirsten amy susana cecile donna";
