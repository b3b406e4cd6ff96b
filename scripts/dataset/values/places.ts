import type { Random } from '../random.js';

const list = (text: string): string[] => text.split(',').map((name) => name.trim());

/** Cities and towns, large and small, many with non-ASCII spellings. */
export const cities: readonly string[] = list(
  'London, Manchester, Leeds, Glasgow, Aberystwyth, Inverness, Norwich, Belfast, Cardiff, ' +
    'New York, Los Angeles, Chicago, Houston, Phoenix, Albuquerque, Boise, Savannah, Duluth, Tallahassee, Anchorage, Honolulu, ' +
    'Toronto, Montréal, Vancouver, Winnipeg, Halifax, Saskatoon, Québec City, ' +
    'Sydney, Melbourne, Brisbane, Perth, Adelaide, Hobart, Darwin, Wollongong, Auckland, Wellington, Dunedin, ' +
    'Berlin, München, Hamburg, Köln, Düsseldorf, Leipzig, Freiburg im Breisgau, Göttingen, Zürich, Genève, Wien, Graz, ' +
    'Paris, Lyon, Marseille, Toulouse, Bordeaux, Strasbourg, Rennes, Aix-en-Provence, Besançon, ' +
    'Madrid, Barcelona, Valencia, Sevilla, Bilbao, Zaragoza, Málaga, A Coruña, Donostia, Cáceres, ' +
    'Roma, Milano, Napoli, Torino, Bologna, Firenze, Palermo, Bari, Cagliari, Reggio Calabria, ' +
    'Warszawa, Kraków, Gdańsk, Wrocław, Poznań, Łódź, Białystok, ' +
    'Amsterdam, Rotterdam, Utrecht, Eindhoven, Groningen, Maastricht, Antwerpen, Gent, Bruxelles, Liège, ' +
    'Lisboa, Porto, Coimbra, São Paulo, Rio de Janeiro, Belo Horizonte, Salvador, Fortaleza, Curitiba, Manaus, Florianópolis, ' +
    'Mumbai, Delhi, Bengaluru, Chennai, Kolkata, Hyderabad, Pune, Ahmedabad, Thiruvananthapuram, Guwahati, Jaipur, ' +
    'Karachi, Lahore, Dhaka, Chittagong, Colombo, Jaffna, Kathmandu, ' +
    'Beijing, Shanghai, Chengdu, Shenzhen, Wuhan, Hong Kong, Taipei, Kaohsiung, Tokyo, Osaka, Sapporo, Fukuoka, Seoul, Busan, Daegu, ' +
    'Hà Nội, Ho Chi Minh City, Đà Nẵng, Bangkok, Chiang Mai, Kuala Lumpur, Penang, Singapore, Jakarta, Surabaya, Manila, Cebu City, ' +
    'Lagos, Ibadan, Abuja, Kano, Accra, Kumasi, Nairobi, Mombasa, Kisumu, Addis Ababa, Kampala, Kigali, Dar es Salaam, ' +
    'Johannesburg, Cape Town, Durban, Gaborone, Lusaka, Harare, Ouagadougou, Bamako, Dakar, Tunis, Casablanca, Cairo, Alexandria, ' +
    'Istanbul, Ankara, İzmir, Tehran, Isfahan, Tel Aviv, Haifa, Amman, Beirut, Riyadh, Jeddah, Dubai, Doha, Muscat, ' +
    'Moskva, Sankt-Peterburg, Novosibirsk, Kyiv, Lviv, Kharkiv, Tbilisi, Yerevan, Almaty, Tashkent, ' +
    'Stockholm, Göteborg, Malmö, Oslo, Bergen, Tromsø, København, Aarhus, Helsinki, Tampere, Reykjavík, ' +
    'Praha, Brno, Budapest, Debrecen, Bratislava, Ljubljana, Zagreb, Beograd, Sofia, București, Cluj-Napoca, Athína, Thessaloníki, ' +
    'Ciudad de México, Guadalajara, Monterrey, Oaxaca, Bogotá, Medellín, Cali, Lima, Arequipa, Santiago, Valparaíso, Buenos Aires, Córdoba, Montevideo, Quito, La Paz',
);

/** Countries, in English and in a few local spellings. */
export const countries: readonly string[] = list(
  'United Kingdom, Ireland, United States, Canada, Australia, New Zealand, Germany, Deutschland, France, Spain, España, Italy, Italia, ' +
    'Poland, Polska, Netherlands, Nederland, Belgium, Portugal, Brazil, Brasil, India, Pakistan, Bangladesh, Sri Lanka, Nepal, ' +
    'China, Japan, South Korea, Vietnam, Thailand, Malaysia, Indonesia, Philippines, Nigeria, Ghana, Kenya, Ethiopia, Uganda, Rwanda, ' +
    'South Africa, Botswana, Senegal, Morocco, Egypt, Türkiye, Iran, Israel, Jordan, Lebanon, Saudi Arabia, Qatar, Ukraine, Georgia, ' +
    'Sweden, Norway, Denmark, Finland, Iceland, Czechia, Hungary, Slovakia, Slovenia, Croatia, Serbia, Bulgaria, Romania, Greece, ' +
    'Mexico, México, Colombia, Peru, Chile, Argentina, Uruguay, Ecuador, Bolivia, Switzerland, Austria, Österreich',
);

/** States, provinces and regions. */
export const regions: readonly string[] = list(
  'California, Texas, Ohio, Vermont, New Mexico, Ontario, British Columbia, Nova Scotia, Queensland, Tasmania, New South Wales, ' +
    'Bavaria, Bayern, Sachsen, Bretagne, Provence, Occitanie, Andalucía, Cataluña, Galicia, Toscana, Sicilia, Lombardia, Mazowsze, ' +
    'Kerala, Tamil Nadu, Maharashtra, Punjab, Assam, Minas Gerais, Bahia, Patagonia, Yorkshire, Cornwall, the Highlands, Scotland, Wales',
);

/** A place name: a city 60%, a country 25%, a region 15%. */
export function randomPlace(random: Random): string {
  const pool = random.weighted([
    [cities, 6],
    [countries, 2.5],
    [regions, 1.5],
  ] as const);
  return random.pick(pool);
}
