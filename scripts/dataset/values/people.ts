import type { Random } from '../random.js';

/** A naming culture: given names by gender and family names, written for this dataset. */
export interface NameCulture {
  id: string;
  female: readonly string[];
  male: readonly string[];
  family: readonly string[];
  /** Family name comes first in the native order (e.g. Chinese, Hungarian). */
  familyFirst?: boolean;
}

const list = (text: string): string[] => text.split(',').map((name) => name.trim());

export const nameCultures: readonly NameCulture[] = [
  { id: 'english', female: list('Emily, Charlotte, Hannah, Abigail, Grace, Megan, Lauren, Harriet, Beatrice, Imogen, Tamsin, Rosalind'), male: list('James, Oliver, Thomas, Benjamin, Samuel, Harrison, Callum, Rupert, Gareth, Nathaniel, Desmond, Clive'), family: list("Whitaker, Holloway, Pemberton, Ashdown, Fairbairn, Thornton, Blackwood, Cartwright, Hargreaves, Ellsworth, Kingsley, Radcliffe, O'Connell, MacAllister, Brennan, Fitzgerald") },
  { id: 'american', female: list('Madison, Brianna, Kayla, Destiny, Shelby, Jolene, Latoya, Brooke, Savannah, Kendra'), male: list('Tyler, Brandon, Dakota, Jaxon, Tyrone, Wyatt, Cody, Darnell, Garrett, Travis'), family: list('Washington, Jefferson, Dalrymple, Kowalczyk, McAllister, Delacroix, Hollister, Abernathy, Stroud, Pruitt, Villanueva, Okonkwo-Reed') },
  { id: 'spanish', female: list('Lucía, Carmen, Inmaculada, Nerea, Ainhoa, Montserrat, Rocío, Begoña, Itziar, Pilar'), male: list('Javier, Alejandro, Íñigo, Gonzalo, Sergio, Álvaro, Joaquín, Rodrigo, Xabier, Borja'), family: list('García López, Fernández, Martínez Ruiz, Sánchez, Etxeberria, Gómez de la Serna, Iglesias, Navarro, Castellanos, Urquijo, Domínguez Peña') },
  { id: 'mexican', female: list('Guadalupe, Ximena, Citlali, Yaretzi, Marisol, Fernanda'), male: list('Cuauhtémoc, Emiliano, Santiago, Ulises, Tenoch, Mauricio'), family: list('Hernández, Xicoténcatl, Ramírez Ochoa, Villaseñor, Tlapanco, Quintero') },
  { id: 'german', female: list('Annika, Friederike, Henrike, Lieselotte, Jana, Wiebke, Sabine, Ulrike'), male: list('Maximilian, Jürgen, Torsten, Lennart, Wolfgang, Dietrich, Bastian, Jörg'), family: list('Müller, Schäfer, Brandstätter, Hoffmann, Weißenborn, Krüger, Oberndorfer, Lindqvist-Maier, Vogelsang, Kießling') },
  { id: 'french', female: list('Amélie, Ségolène, Margaux, Clémence, Maëlle, Océane, Solène, Gwendoline'), male: list('Jean-Luc, Thibault, Grégoire, Mathéo, Aurélien, Loïc, Benoît, Évariste'), family: list('Lefèvre, Dubois, Rousseau, Giraud, Mercier, Chevalier, Fournier, Beaumont, Delacroix, Le Goff') },
  { id: 'italian', female: list('Giulia, Chiara, Francesca, Ludovica, Benedetta, Annunziata, Ginevra, Rosalba'), male: list('Lorenzo, Alessandro, Giacomo, Tommaso, Salvatore, Gennaro, Pierluigi, Ottavio'), family: list('Rossi, Esposito, Bianchi, Colombo, Ferraro, Mancini, Lombardi, Santoro, Dell’Acqua, Caputo, Marchetti, Barbieri') },
  { id: 'polish', female: list('Agnieszka, Małgorzata, Katarzyna, Zuzanna, Wiktoria, Jadwiga'), male: list('Łukasz, Krzysztof, Wojciech, Grzegorz, Przemysław, Bartłomiej'), family: list('Nowak, Wiśniewski, Wójcik, Kowalczyk, Szczepańska, Zieliński, Grabowska, Brzęczyszczykiewicz') },
  { id: 'dutch', female: list('Femke, Sanne, Marieke, Lotte, Noor, Ilse'), male: list('Daan, Joost, Sjoerd, Maarten, Thijs, Gijs'), family: list('van der Berg, de Vries, Jansen, Bakker, van Dijk, Visser, Smit, de Jong, Kuipers, van Leeuwen') },
  { id: 'brazilian', female: list('Ana Clara, Thaís, Luana, Juliana, Raíssa, Conceição'), male: list('João Pedro, Thiago, Caio, Rafael, Leandro, Adailton'), family: list('da Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Carvalho, Nascimento, Araújo, Cavalcanti') },
  { id: 'russian', female: list('Anastasia, Yekaterina, Svetlana, Oksana, Ludmila'), male: list('Dmitri, Sergei, Vladislav, Arkady, Yevgeny'), family: list('Ivanova, Smirnov, Kuznetsova, Volkov, Sokolova, Lebedev') },
  { id: 'greek', female: list('Eleni, Despina, Kalliope, Theodora'), male: list('Nikolaos, Konstantinos, Spyridon, Evangelos'), family: list('Papadopoulos, Georgiou, Karamanlis, Christodoulou, Antonopoulou') },
  { id: 'turkish', female: list('Elif, Zeynep, Gülşen, Ayşe, Özlem'), male: list('Mehmet, Emre, Barış, Oğuz, Kerem'), family: list('Yılmaz, Kaya, Çelik, Öztürk, Şahin, Aydoğan') },
  { id: 'arabic', female: list('Fatima, Layla, Noor, Yasmin, Mariam, Hanan'), male: list('Omar, Khalid, Youssef, Tariq, Hamza, Abdulrahman'), family: list('Al-Farsi, Haddad, El-Amin, Nasser, Al-Qahtani, Mansour, Bin Rashid, Khoury') },
  { id: 'persian', female: list('Shirin, Parisa, Golnaz, Roya'), male: list('Dariush, Kaveh, Arash, Farhad'), family: list('Hosseini, Tehrani, Rahimzadeh, Moradi') },
  { id: 'hebrew', female: list('Noa, Tamar, Shira, Yael'), male: list('Eitan, Yonatan, Ariel, Noam'), family: list('Ben-David, Mizrahi, Peretz, Friedman') },
  { id: 'hindi', female: list('Priya, Ananya, Kavya, Sunita, Meenakshi, Pooja'), male: list('Rahul, Arjun, Vikram, Siddharth, Rajesh, Aniket'), family: list('Sharma, Verma, Gupta, Chaturvedi, Agarwal, Mishra, Trivedi') },
  { id: 'tamil', female: list('Lakshmi, Revathi, Kayalvizhi, Thenmozhi'), male: list('Karthikeyan, Senthil, Arivazhagan, Murugan'), family: list('Subramanian, Ramasamy, Venkataraman, Palaniappan, Krishnamurthy') },
  { id: 'bengali', female: list('Rituparna, Sohini, Moumita, Anwesha'), male: list('Sourav, Anirban, Debashis, Tanmoy'), family: list('Chatterjee, Bandyopadhyay, Mukherjee, Sengupta, Bhattacharya') },
  { id: 'punjabi', female: list('Harpreet, Simran, Jaspreet, Navneet'), male: list('Gurpreet, Manjit, Harjinder, Amandeep'), family: list('Singh Sandhu, Kaur Gill, Dhillon, Grewal, Brar') },
  { id: 'chinese', female: list('Xiaoling, Mei, Yuxin, Jiayi, Shuang'), male: list('Wei, Zhiwei, Haoran, Junjie, Qiang'), family: list('Wang, Li, Zhang, Liu, Chen, Zhao, Xu, Guo'), familyFirst: true },
  { id: 'japanese', female: list('Haruka, Yui, Sakura, Misaki, Aoi'), male: list('Haruto, Takeshi, Ren, Daisuke, Kenji'), family: list('Sato, Takahashi, Watanabe, Yamaguchi, Kobayashi, Nakamura'), familyFirst: true },
  { id: 'korean', female: list('Ji-woo, Seo-yeon, Min-ji, Ha-eun'), male: list('Min-jun, Seo-jun, Do-hyun, Ji-ho'), family: list('Kim, Lee, Park, Choi, Jeong, Kang'), familyFirst: true },
  { id: 'vietnamese', female: list('Thảo, Ngọc Anh, Phương, Linh'), male: list('Minh, Quang Huy, Tuấn, Đức'), family: list('Nguyễn, Trần, Lê, Phạm, Hoàng, Đặng'), familyFirst: true },
  { id: 'filipino', female: list('Maricel, Rowena, Jhoanna, Lovely'), male: list('Jerome, Ramil, Arnel, Jomar'), family: list('Dela Cruz, Bautista, Macaraeg, Villanueva, Santiago') },
  { id: 'thai', female: list('Siriporn, Kanokwan, Ploy'), male: list('Somchai, Anurak, Thanakorn'), family: list('Srisawat, Chaiyaporn, Wongsakul') },
  { id: 'indonesian', female: list('Dewi, Sri Wahyuni, Putri'), male: list('Budi, Agus, Wahyu'), family: list('Santoso, Wijaya, Hidayat, Setiawan') },
  { id: 'yoruba', female: list('Adebimpe, Folasade, Oluwaseun, Titilayo'), male: list('Babatunde, Oluwadamilare, Ayodele, Kehinde'), family: list('Adeyemi, Ogunleye, Balogun, Oyelaran') },
  { id: 'igbo', female: list('Chiamaka, Ngozi, Adaeze, Ifeoma'), male: list('Chukwuemeka, Obinna, Ikechukwu, Nnamdi'), family: list('Okafor, Nwosu, Eze, Okonkwo, Obi') },
  { id: 'hausa', female: list('Aisha, Hadiza, Zainab'), male: list('Abubakar, Sani, Musa'), family: list('Danjuma, Bello, Usman') },
  { id: 'kenyan', female: list('Wanjiru, Akinyi, Nyokabi, Chebet'), male: list('Kamau, Otieno, Kipchoge, Mwangi'), family: list('Njoroge, Odhiambo, Kiprotich, Wambui') },
  { id: 'ethiopian', female: list('Tigist, Selamawit, Meron'), male: list('Abebe, Dawit, Yohannes'), family: list('Tesfaye, Gebremedhin, Haile, Bekele') },
  { id: 'zulu', female: list('Nomvula, Thandiwe, Zanele'), male: list('Sipho, Themba, Bongani'), family: list('Dlamini, Ndlovu, Mthembu, Khumalo') },
  { id: 'somali', female: list('Hodan, Ubah, Sahra'), male: list('Abdirahman, Mahad, Guled'), family: list('Warsame, Farah, Hirsi') },
  { id: 'finnish', female: list('Aino, Kaisa, Sirpa'), male: list('Väinö, Juha, Eero'), family: list('Virtanen, Mäkelä, Korhonen, Järvinen') },
  { id: 'hungarian', female: list('Zsófia, Erzsébet, Réka'), male: list('Gábor, Zsolt, Ferenc'), family: list('Nagy, Kovács, Szabó, Tóth'), familyFirst: true },
  { id: 'icelandic', female: list('Guðrún, Sigríður, Ásdís'), male: list('Sigurður, Þórður, Gunnar'), family: list('Jónsdóttir, Sigurðsson, Magnúsdóttir, Þorsteinsson') },
  { id: 'nordic', female: list('Astrid, Ingrid, Sigrid, Maja'), male: list('Søren, Magnus, Anders, Leif'), family: list('Lindqvist, Halvorsen, Bergström, Kjærgaard, Åkesson') },
  { id: 'maori', female: list('Aroha, Mereana, Hinemoa'), male: list('Tama, Wiremu, Rangi'), family: list('Ngata, Te Whare, Parata, Tawhiri') },
  { id: 'pacific', female: list('Leilani, Malia, Sina'), male: list('Keoni, Sione, Tevita'), family: list('Kahananui, Faleolo, Tuilagi, Fifita') },
  { id: 'czech', female: list('Markéta, Lenka, Radka'), male: list('Jiří, Vojtěch, Ondřej'), family: list('Dvořák, Novotná, Procházka, Černý') },
  { id: 'ukrainian', female: list('Oksana, Yaryna, Solomiia'), male: list('Taras, Bohdan, Ostap'), family: list('Shevchenko, Kovalenko, Bondarenko, Tkachuk') },
];

/** Names written in their own scripts, used now and then in any language. */
export const nativeScriptNames: readonly string[] = list(
  '王伟, 李秀英, 佐藤 花子, 高橋 健, 김민준, 이서연, محمد الأحمد, فاطمة الزهراء, Ελένη Παπαδοπούλου, Иван Петров, Олена Коваленко, प्रिया शर्मा, राहुल वर्मा, שירה לוי, สมชาย ศรีสวัสดิ์',
);

/** Preferred cultures for a text language, so a Spanish message tends to carry Spanish names. */
export const culturesByLanguage: Record<string, readonly string[]> = {
  en: ['english', 'american'],
  es: ['spanish', 'mexican'],
  de: ['german'],
  fr: ['french'],
  it: ['italian'],
  pl: ['polish'],
  nl: ['dutch'],
  pt: ['brazilian'],
  hi: ['hindi', 'tamil', 'bengali', 'punjabi'],
};

export type Gender = 'female' | 'male';

export interface PersonName {
  given: string;
  family: string;
  gender: Gender;
  culture: NameCulture;
}

/** Draws a person, preferring the cultures of `language` 60% of the time. */
export function randomPerson(random: Random, language: string): PersonName {
  const preferred = culturesByLanguage[language] ?? [];
  const preferredId = preferred.length > 0 && random.chance(0.6) ? random.pick(preferred) : undefined;
  const culture = nameCultures.find((item) => item.id === preferredId) ?? random.pick(nameCultures);
  const gender: Gender = random.chance(0.5) ? 'female' : 'male';
  return { given: random.pick(culture[gender]), family: random.pick(culture.family), gender, culture };
}

/** The way a name is written in running text: full, given only, family first, with an initial. */
export function writePersonName(random: Random, person: PersonName): string {
  const form = random.weighted([
    ['full', 6],
    ['given', 2],
    ['native-order', person.culture.familyFirst ? 2 : 0],
    ['initial', 1],
  ] as const);
  if (form === 'given') return person.given;
  if (form === 'native-order') return `${person.family} ${person.given}`;
  if (form === 'initial') return `${person.given} ${random.chars('ABCDEFGHJKLMNPRSTW', 1)}. ${person.family}`;
  return `${person.given} ${person.family}`;
}

/** A full name for headers and signatures; sometimes in its own script. */
export function fullPersonName(random: Random, person: PersonName): string {
  if (random.chance(0.04)) return random.pick(nativeScriptNames);
  return `${person.given} ${person.family}`;
}
