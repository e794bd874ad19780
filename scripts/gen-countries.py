#!/usr/bin/env python3
"""Generate data/countries.txt from Debian's iso-codes plus parley's own table.

Usage: python3 scripts/gen-countries.py > data/countries.txt

Names and alpha-3 codes of every ISO 3166-1 entry come from
/usr/share/iso-codes/json/iso_3166-1.json (Debian package `iso-codes`). Everything
else (common names, short forms, adjectives, demonyms, cities, government
metonyms, historic states) is written by hand in the TABLE below from our own
knowledge. The generated file is committed; re-run after editing the table.
"""
import json
import re
import sys
import os
import unicodedata

sys.dont_write_bytecode = True  # no scripts/__pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from token_variants import variants  # noqa: E402

ISO_PATH = "/usr/share/iso-codes/json/iso_3166-1.json"

# One line per ISO alpha-3 code:
#   CODE ; canonical name (or -) ; other names ; adjectives and demonyms ; cities
# Items inside a field are separated by commas. The canonical name overrides the
# ISO short name where ISO's is inverted ("Korea, Republic of") or unusual.
# Brussels is not among Belgium's cities: it acts as the EU (data/actors-igo.txt) and is in
# Belgium as a place (data/places.txt).
# Cities: capital first, then major cities. Deliberately NOT listed because they
# are common words or person names and would cause false matches: Nice, Reading,
# Mobile, Victoria (Seychelles), Male (Maldives), Hamilton (Bermuda),
# Georgetown (Guyana), Split (Croatia), Stanley, Plymouth, Jamestown, George Town,
# The Valley, Colon, Leon, Salvador, Bo, Kara, Lira, Van, Hue, Douglas, Sour, Mocha,
# Cork, Brest, Darwin, Granada, Palma (Mozambique), Guerrero, Chihuahua, Florence,
# Buchanan, Freeport, Limerick, Rosario, Mendoza, Trujillo, Anchorage, Salto; Kiwi(s).
TABLE = r"""
ABW ; - ; ; Aruban, Arubans ; Oranjestad
AFG ; - ; ; Afghan, Afghans ; Kabul, Kandahar, Herat, Mazar-i-Sharif, Mazar-e-Sharif, Jalalabad, Kunduz, Ghazni, Lashkar Gah, Bagram, Khost
AGO ; - ; ; Angolan, Angolans ; Luanda, Huambo, Lobito, Benguela, Cabinda
AIA ; - ; ; Anguillan, Anguillans ;
ALA ; - ; Aland Islands, Aland ; ; Mariehamn
ALB ; - ; ; Albanian, Albanians ; Tirana, Durres, Vlore, Shkoder
AND ; - ; ; Andorran, Andorrans ; Andorra la Vella
ARE ; - ; UAE, U.A.E., Emirates, the Emirates ; Emirati, Emiratis ; Abu Dhabi, Dubai, Sharjah, Ajman, Ras al-Khaimah, Fujairah
ARG ; - ; ; Argentine, Argentines, Argentinian, Argentinians, Argentinean ; Buenos Aires, La Plata, Tucuman, Bahia Blanca
ARM ; - ; ; Armenian, Armenians ; Yerevan, Gyumri, Vanadzor
ASM ; - ; ; American Samoan, American Samoans ; Pago Pago
ATA ; - ; ; Antarctic ;
ATF ; - ; ; ; Port-aux-Francais
ATG ; - ; Antigua ; Antiguan, Antiguans ; St. John's
AUS ; - ; Commonwealth of Australia ; Australian, Australians, Aussie, Aussies ; Canberra, Sydney, Melbourne, Brisbane, Perth, Adelaide, Hobart, Gold Coast
AUT ; - ; ; Austrian, Austrians ; Vienna, Graz, Linz, Salzburg, Innsbruck
AZE ; - ; ; Azerbaijani, Azerbaijanis, Azeri, Azeris ; Baku, Ganja, Sumgait, Nakhchivan, Nagorno-Karabakh, Nagorno Karabakh, Karabakh, Stepanakert, Khankendi, Shusha
BDI ; - ; ; Burundian, Burundians ; Gitega, Bujumbura
BEL ; - ; ; Belgian, Belgians ; Antwerp, Ghent, Liege, Charleroi, Bruges
BEN ; - ; ; Beninese ; Porto-Novo, Cotonou, Parakou
BES ; Caribbean Netherlands ; Bonaire, Sint Eustatius, Saba ; ; Kralendijk
BFA ; - ; ; Burkinabe, Burkinabes, Burkinabè ; Ouagadougou, Bobo-Dioulasso, Djibo
BGD ; - ; ; Bangladeshi, Bangladeshis ; Dhaka, Chittagong, Chattogram, Khulna, Rajshahi, Sylhet, Cox's Bazar
BGR ; - ; ; Bulgarian, Bulgarians ; Sofia, Plovdiv, Varna, Burgas
BHR ; - ; ; Bahraini, Bahrainis ; Manama, Muharraq
BHS ; Bahamas ; the Bahamas ; Bahamian, Bahamians ; Nassau
BIH ; - ; Bosnia-Herzegovina, Bosnia, BiH ; Bosnian, Bosnians ; Sarajevo, Banja Luka, Mostar, Tuzla, Srebrenica, Zenica, Bihac
BLM ; - ; Saint Barthelemy, St. Barts, St. Barths ; ; Gustavia
BLR ; - ; Belorussia, Byelorussia ; Belarusian, Belarusians, Belarussian, Byelorussian ; Minsk, Gomel, Homel, Mogilev, Vitebsk, Grodno
BLZ ; - ; ; Belizean, Belizeans ; Belmopan, Belize City
BMU ; - ; ; Bermudian, Bermudians, Bermudan ;
BOL ; Bolivia ; ; Bolivian, Bolivians ; La Paz, Sucre, Santa Cruz de la Sierra, Cochabamba, El Alto
BRA ; - ; ; Brazilian, Brazilians ; Brasilia, Brasília, Sao Paulo, São Paulo, Rio de Janeiro, Belo Horizonte, Fortaleza, Recife, Porto Alegre, Manaus, Curitiba, Belem
BRB ; - ; ; Barbadian, Barbadians, Bajan, Bajans ; Bridgetown
BRN ; Brunei ; Brunei Darussalam ; Bruneian, Bruneians ; Bandar Seri Begawan
BTN ; - ; ; Bhutanese ; Thimphu
BVT ; - ; ; ;
BWA ; - ; ; Botswanan, Motswana, Batswana ; Gaborone, Francistown
CAF ; - ; CAR, Centrafrique ; Central African, Central Africans ; Bangui, Bambari, Bria, Berberati
CAN ; - ; ; Canadian, Canadians ; Ottawa, Toronto, Montreal, Vancouver, Calgary, Edmonton, Winnipeg, Quebec City
CCK ; Cocos Islands ; Cocos Keeling Islands, Keeling Islands ; ;
CHE ; - ; Swiss Confederation ; Swiss ; Bern, Berne, Zurich, Geneva, Basel, Lausanne, Lugano, Davos
CHL ; - ; ; Chilean, Chileans ; Santiago, Valparaiso, Valparaíso, Antofagasta
CHN ; - ; PRC, P.R.C., mainland China, Chinese mainland ; Chinese ; Beijing, Peking, Shanghai, Guangzhou, Shenzhen, Chongqing, Tianjin, Wuhan, Chengdu, Nanjing, Xi'an, Hangzhou, Urumqi, Lhasa, Harbin, Shenyang, Dalian, Qingdao, Xiamen, Kunming
CIV ; Côte d'Ivoire ; Cote d'Ivoire, Ivory Coast ; Ivorian, Ivorians, Ivoirian, Ivoirians ; Yamoussoukro, Abidjan, Bouake, Bouaké, San Pedro
CMR ; - ; ; Cameroonian, Cameroonians ; Yaounde, Yaoundé, Douala, Bamenda, Garoua, Maroua, Buea
COD ; Democratic Republic of the Congo ; Democratic Republic of Congo, DR Congo, D.R. Congo, DRC, D.R.C., Congo-Kinshasa, Congo Kinshasa, Congo, Zaire ; Congolese ; Kinshasa, Lubumbashi, Goma, Bukavu, Kisangani, Bunia, Mbuji-Mayi, Kananga, Beni, Uvira, Kolwezi, Matadi, Butembo, Rutshuru
COG ; Republic of the Congo ; Republic of Congo, Congo Republic, Congo-Brazzaville, Congo Brazzaville ; ; Brazzaville, Pointe-Noire, Dolisie
COK ; - ; ; Cook Islander, Cook Islanders ; Avarua
COL ; - ; ; Colombian, Colombians ; Bogota, Bogotá, Medellin, Medellín, Cali, Barranquilla, Cartagena, Cucuta, Cúcuta, Bucaramanga
COM ; - ; ; Comorian, Comorians ; Moroni, Anjouan
CPV ; - ; Cape Verde ; Cape Verdean, Cape Verdeans, Cabo Verdean ; Praia, Mindelo
CRI ; - ; ; Costa Rican, Costa Ricans ; San Jose, San José
CUB ; - ; ; Cuban, Cubans ; Havana, Santiago de Cuba, Camaguey, Holguin
CUW ; - ; Curacao ; Curacaoan ; Willemstad
CXR ; - ; ; ; Flying Fish Cove
CYM ; - ; the Cayman Islands, Caymans ; Caymanian, Caymanians ;
CYP ; - ; ; Cypriot, Cypriots, Greek Cypriot, Greek Cypriots, Turkish Cypriot, Turkish Cypriots, Northern Cyprus, Turkish Republic of Northern Cyprus, TRNC ; Nicosia, Limassol, Larnaca, Paphos, Famagusta
CZE ; Czech Republic ; Czechia ; Czech, Czechs ; Prague, Brno, Ostrava, Plzen, Pilsen
DEU ; Germany ; Federal Republic of Germany ; German, Germans ; Berlin, Hamburg, Munich, Cologne, Frankfurt, Stuttgart, Dusseldorf, Düsseldorf, Leipzig, Dresden, Hanover, Nuremberg, Bremen, Essen, Dortmund, Bonn
DNK ; - ; ; Danish, Dane, Danes ; Copenhagen, Aarhus, Odense, Aalborg
DJI ; - ; ; Djiboutian, Djiboutians ; Tadjoura, Obock
DMA ; - ; ; ; Roseau
DOM ; - ; ; Dominican, Dominicans ; Santo Domingo, Santiago de los Caballeros, Punta Cana
DZA ; - ; ; Algerian, Algerians ; Algiers, Oran, Constantine, Annaba, Tamanrasset, Ghardaia
ECU ; - ; ; Ecuadorian, Ecuadorians, Ecuadorean, Ecuadoreans ; Quito, Guayaquil, Cuenca
EGY ; - ; ; Egyptian, Egyptians ; Cairo, Alexandria, Giza, Port Said, Suez, Luxor, Aswan, Ismailia, Sharm el-Sheikh, El Arish
ERI ; - ; ; Eritrean, Eritreans ; Asmara, Massawa, Assab, Keren
ESH ; - ; Sahrawi Arab Democratic Republic ; Sahrawi, Sahrawis, Saharawi, Saharawis ; Laayoune, El Aaiun, Dakhla
ESP ; - ; ; Spanish, Spaniard, Spaniards ; Madrid, Barcelona, Valencia, Seville, Sevilla, Zaragoza, Malaga, Málaga, Bilbao, Palma de Mallorca, Las Palmas, Ceuta, Melilla
EST ; - ; ; Estonian, Estonians ; Tallinn, Tartu, Narva
ETH ; - ; ; Ethiopian, Ethiopians ; Addis Ababa, Mekelle, Mekele, Gondar, Bahir Dar, Dire Dawa, Hawassa, Adama, Jijiga, Lalibela, Axum, Aksum, Dessie
FIN ; - ; ; Finnish, Finn, Finns ; Helsinki, Espoo, Tampere, Turku, Oulu
FJI ; - ; ; Fijian, Fijians ; Suva, Nadi, Lautoka
FLK ; Falkland Islands ; Falklands, Malvinas, Islas Malvinas, the Falklands ; Falkland Islander, Falkland Islanders ; Port Stanley
FRA ; - ; ; French, Frenchman, Frenchmen, Frenchwoman ; Paris, Marseille, Marseilles, Lyon, Lyons, Toulouse, Strasbourg, Bordeaux, Lille, Nantes, Montpellier, Rennes, Calais
FRO ; - ; Faroes, Faeroe Islands ; Faroese ; Torshavn, Tórshavn
FSM ; Micronesia ; Federated States of Micronesia ; Micronesian, Micronesians ; Palikir
GAB ; - ; ; Gabonese ; Libreville, Port-Gentil, Franceville
GBR ; United Kingdom ; UK, U.K., Britain, Great Britain, United Kingdom of Great Britain and Northern Ireland, England, Scotland, Wales, Northern Ireland ; British, Briton, Britons, Brit, Brits, Scottish, Scot, Scots, Welsh, Northern Irish ; London, Birmingham, Manchester, Liverpool, Leeds, Glasgow, Edinburgh, Cardiff, Belfast, Bristol, Sheffield, Newcastle, Aberdeen, Londonderry, Derry, Southampton, Portsmouth, Dover
GEO ; - ; Sakartvelo ; Georgian, Georgians ; Tbilisi, Batumi, Kutaisi, Rustavi, Gori, Sukhumi, Tskhinvali, Abkhazia, South Ossetia
GGY ; - ; ; ; St Peter Port, St. Peter Port
GHA ; - ; ; Ghanaian, Ghanaians ; Accra, Kumasi, Tamale, Takoradi
GIB ; - ; ; Gibraltarian, Gibraltarians ;
GIN ; - ; Guinea-Conakry ; Guinean, Guineans ; Conakry, Nzerekore, Kankan, Kindia
GLP ; - ; ; Guadeloupean, Guadeloupeans ; Basse-Terre, Pointe-a-Pitre
GMB ; Gambia ; The Gambia ; Gambian, Gambians ; Banjul, Serekunda
GNB ; - ; Guinea Bissau ; Bissau-Guinean, Bissau-Guineans ; Bissau
GNQ ; - ; ; Equatorial Guinean, Equatorial Guineans, Equatoguinean ; Malabo, Bata, Ciudad de la Paz, Oyala
GRC ; - ; Hellenic Republic, Hellas ; Greek, Greeks, Hellenic ; Athens, Thessaloniki, Patras, Piraeus, Heraklion, Larissa
GRD ; - ; ; Grenadian, Grenadians ; St. George's
GRL ; - ; Kalaallit Nunaat ; Greenlander, Greenlanders, Greenlandic ; Nuuk
GTM ; - ; ; Guatemalan, Guatemalans ; Guatemala City, Quetzaltenango
GUF ; - ; ; French Guianese ; Cayenne, Kourou
GUM ; - ; ; Guamanian, Guamanians ; Hagatna, Hagåtña
GUY ; - ; ; Guyanese ;
HKG ; - ; Hong Kong SAR ; Hong Konger, Hong Kongers, Hongkonger, Hongkongers ; Kowloon
HMD ; - ; Heard Island, McDonald Islands ; ;
HND ; - ; ; Honduran, Hondurans ; Tegucigalpa, San Pedro Sula, La Ceiba
HRV ; - ; ; Croatian, Croatians, Croat, Croats ; Zagreb, Rijeka, Osijek, Zadar, Dubrovnik, Vukovar
HTI ; - ; ; Haitian, Haitians ; Port-au-Prince, Cap-Haitien, Cap-Haïtien, Gonaives, Les Cayes, Petionville
HUN ; - ; ; Hungarian, Hungarians, Magyar ; Budapest, Debrecen, Szeged, Miskolc, Pecs
IDN ; - ; ; Indonesian, Indonesians ; Jakarta, Surabaya, Bandung, Medan, Semarang, Makassar, Palembang, Denpasar, Bali, Yogyakarta, Banda Aceh, Jayapura, Ambon, Nusantara
IMN ; - ; ; Manx ;
IND ; - ; Bharat, Republic of India ; Indian, Indians ; New Delhi, Delhi, Mumbai, Bombay, Kolkata, Calcutta, Chennai, Madras, Bangalore, Bengaluru, Hyderabad, Ahmedabad, Pune, Lucknow, Jaipur, Srinagar, Amritsar, Guwahati, Imphal, Kanpur, Patna, Bhopal
IOT ; - ; Chagos Islands, Chagos Archipelago, Diego Garcia ; Chagossian, Chagossians ;
IRL ; - ; Republic of Ireland, Eire, Éire ; Irish, Irishman, Irishmen ; Dublin, Galway
IRN ; Iran ; Persia, Islamic Republic of Iran ; Iranian, Iranians, Persian ; Tehran, Teheran, Mashhad, Isfahan, Esfahan, Tabriz, Shiraz, Qom, Ahvaz, Kermanshah, Bandar Abbas, Natanz, Fordow, Bushehr, Zahedan, Rasht
IRQ ; - ; ; Iraqi, Iraqis ; Baghdad, Basra, Mosul, Erbil, Irbil, Kirkuk, Najaf, Karbala, Fallujah, Falluja, Ramadi, Tikrit, Samarra, Sulaimaniyah, Sulaymaniyah, Nasiriyah, Baquba, Baqubah, Haditha, Tal Afar, Sinjar, Dohuk, Duhok, Kut, Hilla
ISL ; - ; ; Icelandic, Icelander, Icelanders ; Reykjavik, Reykjavík
ISR ; - ; State of Israel ; Israeli, Israelis ; Jerusalem, Tel Aviv, Haifa, Beersheba, Beer Sheva, Ashkelon, Ashdod, Sderot, Eilat, Netanya, Nazareth, Dimona, Kiryat Shmona
ITA ; - ; ; Italian, Italians ; Rome, Milan, Naples, Turin, Palermo, Genoa, Bologna, Venice, Bari, Catania, Lampedusa
JAM ; - ; ; Jamaican, Jamaicans ; Kingston, Montego Bay
JEY ; - ; ; ; St Helier, St. Helier
JOR ; - ; Hashemite Kingdom of Jordan ; Jordanian, Jordanians ; Amman, Zarqa, Irbid, Aqaba, Zaatari, Mafraq
JPN ; - ; ; Japanese ; Tokyo, Osaka, Yokohama, Nagoya, Sapporo, Kobe, Kyoto, Fukuoka, Hiroshima, Nagasaki, Okinawa, Fukushima, Sendai, Naha
KAZ ; - ; ; Kazakh, Kazakhs, Kazakhstani, Kazakhstanis, Kazak ; Astana, Nur-Sultan, Almaty, Alma-Ata, Shymkent, Karaganda, Aktau, Baikonur
KEN ; - ; ; Kenyan, Kenyans ; Nairobi, Mombasa, Kisumu, Nakuru, Eldoret, Garissa, Lamu, Mandera, Dadaab, Kakuma
KGZ ; - ; Kirghizia ; Kyrgyz, Kirghiz ; Bishkek, Osh, Jalal-Abad
KHM ; - ; Kampuchea ; Cambodian, Cambodians, Khmer ; Phnom Penh, Siem Reap, Battambang, Sihanoukville
KIR ; - ; ; I-Kiribati ; Tarawa, South Tarawa
KNA ; - ; St. Kitts and Nevis, St Kitts and Nevis, Saint Kitts, St. Kitts ; Kittitian, Kittitians ; Basseterre
KOR ; South Korea ; Republic of Korea, ROK, R.O.K., S. Korea, Korea ; South Korean, South Koreans, Korean, Koreans ; Seoul, Busan, Pusan, Incheon, Daegu, Gwangju, Daejeon, Ulsan, Sejong, Pyeongtaek
KWT ; - ; State of Kuwait ; Kuwaiti, Kuwaitis ; Kuwait City
LAO ; Laos ; Lao PDR, Lao People's Democratic Republic ; Laotian, Laotians, Lao ; Vientiane, Luang Prabang
LBN ; - ; ; Lebanese ; Beirut, Sidon, Saida, Tyre, Baalbek, Nabatieh, Zahle, Byblos, Jounieh, Dahiyeh
LBR ; - ; ; Liberian, Liberians ; Monrovia, Gbarnga
LBY ; - ; ; Libyan, Libyans ; Tripoli, Benghazi, Misrata, Misurata, Sirte, Derna, Tobruk, Sabha, Zawiya, Ajdabiya, Bani Walid, Zintan, Ras Lanuf, Brega
LCA ; - ; St. Lucia, St Lucia ; Saint Lucian, St. Lucian, Lucian ; Castries
LIE ; - ; ; Liechtensteiner, Liechtensteiners ; Vaduz
LKA ; - ; Ceylon ; Sri Lankan, Sri Lankans ; Colombo, Kandy, Jaffna, Trincomalee, Batticaloa, Galle, Sri Jayawardenepura Kotte, Kilinochchi, Mullaitivu
LSO ; - ; ; Basotho, Mosotho ; Maseru
LTU ; - ; ; Lithuanian, Lithuanians ; Vilnius, Kaunas, Klaipeda
LUX ; - ; ; Luxembourger, Luxembourgers, Luxembourgish ;
LVA ; - ; ; Latvian, Latvians ; Riga, Daugavpils, Liepaja
MAC ; Macao ; Macau, Macao SAR ; Macanese ;
MAF ; Saint Martin ; St. Martin, Saint-Martin ; ; Marigot
MAR ; - ; ; Moroccan, Moroccans ; Rabat, Casablanca, Marrakesh, Marrakech, Fez, Fes, Tangier, Agadir, Meknes, Oujda, Tetouan
MCO ; - ; ; Monegasque, Monegasques ; Monte Carlo
MDA ; Moldova ; Republic of Moldova, Moldavia ; Moldovan, Moldovans ; Chisinau, Chișinău, Balti, Tiraspol, Transnistria, Transdniestria, Gagauzia
MDG ; - ; ; Malagasy ; Antananarivo, Toamasina, Mahajanga
MDV ; - ; ; Maldivian, Maldivians ;
MEX ; - ; United Mexican States ; Mexican, Mexicans ; Mexico City, Guadalajara, Monterrey, Puebla, Tijuana, Ciudad Juarez, Ciudad Juárez, Culiacan, Culiacán, Acapulco, Cancun, Cancún, Veracruz, Matamoros, Nuevo Laredo, Reynosa, Sinaloa, Michoacan, Tamaulipas, Oaxaca, Chiapas
MHL ; - ; Marshall Islands ; Marshallese ; Majuro
MKD ; - ; Macedonia, Republic of Macedonia, Former Yugoslav Republic of Macedonia, FYROM, FYR Macedonia ; Macedonian, Macedonians, North Macedonian, North Macedonians ; Skopje, Bitola, Tetovo, Kumanovo, Ohrid
MLI ; - ; ; Malian, Malians ; Bamako, Timbuktu, Tombouctou, Gao, Kidal, Mopti, Sikasso, Segou, Ségou, Menaka, Ménaka, Kayes
MLT ; - ; ; Maltese ; Valletta, Birkirkara
MMR ; - ; Burma, Union of Myanmar ; Burmese, Myanmarese ; Naypyidaw, Naypyitaw, Nay Pyi Taw, Yangon, Rangoon, Mandalay, Sittwe, Myitkyina, Lashio, Mawlamyine, Bago, Hpakant
MNE ; - ; ; Montenegrin, Montenegrins ; Podgorica, Niksic, Cetinje
MNG ; - ; ; Mongolian, Mongolians ; Ulaanbaatar, Ulan Bator, Erdenet
MNP ; - ; Northern Marianas, Commonwealth of the Northern Mariana Islands ; ; Saipan
MOZ ; - ; ; Mozambican, Mozambicans ; Maputo, Beira, Nampula, Pemba, Quelimane, Tete, Mocimboa da Praia, Cabo Delgado
MRT ; - ; ; Mauritanian, Mauritanians ; Nouakchott, Nouadhibou
MSR ; - ; ; Montserratian ; Brades
MTQ ; - ; ; Martinican, Martiniquais ; Fort-de-France
MUS ; - ; ; Mauritian, Mauritians ; Port Louis
MWI ; - ; ; Malawian, Malawians ; Lilongwe, Blantyre, Mzuzu, Zomba
MYS ; - ; ; Malaysian, Malaysians ; Kuala Lumpur, Putrajaya, Penang, Johor Bahru, Kota Kinabalu, Kuching, Ipoh, Malacca, Melaka
MYT ; - ; ; Mahoran, Mahorais ; Mamoudzou
NAM ; - ; ; Namibian, Namibians ; Windhoek, Walvis Bay
NCL ; - ; Kanaky ; New Caledonian, New Caledonians, Kanak, Kanaks ; Noumea, Nouméa
NER ; - ; ; Nigerien, Nigeriens ; Niamey, Agadez, Zinder, Maradi, Tahoua, Diffa, Tillaberi, Tillabéri, Arlit
NFK ; - ; ; Norfolk Islander ;
NGA ; - ; ; Nigerian, Nigerians ; Abuja, Lagos, Kano, Ibadan, Port Harcourt, Kaduna, Maiduguri, Benin City, Jos, Enugu, Onitsha, Sokoto, Yola, Zaria, Katsina, Owerri, Calabar, Bauchi, Chibok, Makurdi
NIC ; - ; ; Nicaraguan, Nicaraguans ; Managua, Masaya
NIU ; - ; ; Niuean ; Alofi
NLD ; - ; Holland, Kingdom of the Netherlands, the Netherlands ; Dutch, Dutchman, Dutchmen ; Amsterdam, The Hague, Rotterdam, Utrecht, Eindhoven, Groningen
NOR ; - ; ; Norwegian, Norwegians ; Oslo, Bergen, Trondheim, Stavanger, Tromso, Tromsø
NPL ; - ; ; Nepali, Nepalis, Nepalese ; Kathmandu, Pokhara, Lalitpur, Biratnagar
NRU ; - ; ; Nauruan, Nauruans ; Yaren
NZL ; - ; Aotearoa ; New Zealander, New Zealanders ; Wellington, Auckland, Christchurch, Dunedin
OMN ; - ; Sultanate of Oman ; Omani, Omanis ; Muscat, Salalah, Sohar, Duqm
PAK ; - ; Islamic Republic of Pakistan ; Pakistani, Pakistanis ; Islamabad, Karachi, Lahore, Peshawar, Quetta, Rawalpindi, Faisalabad, Multan, Gwadar, Abbottabad, Muzaffarabad, Bannu, Miranshah, Miran Shah, Dera Ismail Khan, Swat Valley, Waziristan, North Waziristan, South Waziristan, Khyber Pakhtunkhwa, Balochistan, Baluchistan, Sindh
PAN ; - ; ; Panamanian, Panamanians ; Panama City
PCN ; Pitcairn Islands ; Pitcairn Island ; Pitcairn Islander, Pitcairn Islanders ; Adamstown
PER ; - ; ; Peruvian, Peruvians ; Lima, Arequipa, Cusco, Cuzco, Chiclayo, Iquitos, Callao, Ayacucho
PHL ; - ; the Philippines ; Philippine, Filipino, Filipinos, Filipina, Filipinas ; Manila, Metro Manila, Quezon City, Davao, Davao City, Cebu, Cebu City, Zamboanga, Zamboanga City, Marawi, Cotabato, Jolo, Basilan, Sulu, Mindanao
PLW ; - ; ; Palauan, Palauans ; Ngerulmud, Koror
PNG ; - ; PNG ; Papua New Guinean, Papua New Guineans ; Port Moresby, Lae, Bougainville, Buka
POL ; - ; ; Polish ; Warsaw, Krakow, Kraków, Cracow, Lodz, Łódź, Wroclaw, Wrocław, Gdansk, Gdańsk, Poznan, Poznań, Szczecin, Lublin, Rzeszow, Rzeszów, Katowice
PRI ; - ; ; Puerto Rican, Puerto Ricans ; San Juan, Ponce
PRK ; North Korea ; Democratic People's Republic of Korea, DPRK, D.P.R.K., N. Korea ; North Korean, North Koreans ; Pyongyang, Kaesong, Hamhung, Chongjin, Nampo, Wonsan, Sinuiju, Yongbyon, Punggye-ri
PRT ; - ; Portuguese Republic ; Portuguese ; Lisbon, Porto, Oporto, Braga, Coimbra, Funchal, Madeira, Azores
PRY ; - ; ; Paraguayan, Paraguayans ; Asuncion, Asunción, Ciudad del Este
PSE ; Palestine ; State of Palestine, Palestinian territories, Palestinian Territories, occupied Palestinian territories, Palestinian Authority, Palestinian National Authority, West Bank, Gaza, Gaza Strip, East Jerusalem ; Palestinian, Palestinians ; Ramallah, Gaza City, Khan Younis, Khan Yunis, Rafah, Jenin, Nablus, Hebron, Bethlehem, Jericho, Tulkarem, Tulkarm, Qalqilya, Deir al-Balah, Jabalia, Jabaliya, Beit Lahia, Beit Hanoun, Nuseirat
PYF ; - ; Tahiti ; French Polynesian, Tahitian, Tahitians ; Papeete
QAT ; - ; State of Qatar ; Qatari, Qataris ; Doha, Al Udeid
REU ; Réunion ; Reunion, La Reunion, La Réunion ; Reunionese ;
ROU ; - ; Roumania, Rumania ; Romanian, Romanians, Rumanian ; Bucharest, Cluj-Napoca, Cluj, Timisoara, Timișoara, Iasi, Iași, Constanta, Constanța, Brasov, Brașov
RUS ; Russia ; Russian Federation ; Russian, Russians ; Moscow, St. Petersburg, St Petersburg, Saint Petersburg, Novosibirsk, Yekaterinburg, Kazan, Nizhny Novgorod, Chelyabinsk, Samara, Omsk, Rostov-on-Don, Rostov, Ufa, Krasnoyarsk, Voronezh, Volgograd, Krasnodar, Belgorod, Kursk, Bryansk, Vladivostok, Kaliningrad, Murmansk, Grozny, Makhachkala, Nalchik, Vladikavkaz, Sochi, Novorossiysk, Irkutsk, Khabarovsk, Chechnya, Dagestan, Ingushetia
RWA ; - ; ; Rwandan, Rwandans, Rwandese ; Kigali, Butare, Huye, Gisenyi, Rubavu
SAU ; - ; Kingdom of Saudi Arabia, KSA ; Saudi, Saudis, Saudi Arabian, Saudi Arabians ; Riyadh, Jeddah, Jiddah, Mecca, Makkah, Medina, Madinah, Dammam, Dhahran, Taif, Jizan, Jazan, Abha, Najran, Khamis Mushait, Tabuk, Qatif, NEOM
SDN ; Sudan ; Republic of the Sudan, the Sudan ; Sudanese ; Khartoum, Omdurman, Port Sudan, El Fasher, al-Fashir, Nyala, El Geneina, Geneina, Wad Madani, Kassala, El Obeid, Kadugli, Atbara, Darfur, Kordofan, Blue Nile
SEN ; - ; ; Senegalese ; Dakar, Touba, Thies, Thiès, Saint-Louis, Ziguinchor, Casamance
SGP ; - ; ; Singaporean, Singaporeans ;
SGS ; - ; South Georgia, South Sandwich Islands ; ; Grytviken
SHN ; Saint Helena ; St. Helena, St Helena, Ascension Island, Tristan da Cunha ; Saint Helenian ;
SJM ; - ; Svalbard, Jan Mayen ; ; Longyearbyen
SLB ; - ; Solomons ; Solomon Islander, Solomon Islanders ; Honiara
SLE ; - ; ; Sierra Leonean, Sierra Leoneans ; Freetown, Kenema, Makeni
SLV ; - ; ; Salvadoran, Salvadorans, Salvadorean, Salvadoreans ; San Salvador
SMR ; - ; ; Sammarinese ;
SOM ; - ; Somaliland, Puntland, Jubaland ; Somali, Somalis, Somalian, Somalians, Somalilander ; Mogadishu, Kismayo, Kismayu, Baidoa, Beledweyne, Hargeisa, Garowe, Bosaso, Berbera, Galkayo, Merca, Jowhar, Barawe
SPM ; - ; Saint-Pierre and Miquelon, St. Pierre and Miquelon ; ; Saint-Pierre
SRB ; - ; ; Serbian, Serbians, Serb, Serbs ; Belgrade, Novi Sad, Nis, Niš, Kragujevac, Subotica
SSD ; - ; ; South Sudanese ; Juba, Malakal, Wau, Bor, Bentiu, Rumbek, Yei, Aweil, Torit, Renk, Yambio
STP ; Sao Tome and Principe ; São Tomé and Príncipe, Sao Tome, São Tomé ; Santomean, Santomeans, Sao Tomean ;
SUR ; - ; Surinam ; Surinamese ; Paramaribo
SVK ; - ; Slovak Republic ; Slovak, Slovaks, Slovakian ; Bratislava, Kosice, Košice, Presov
SVN ; - ; ; Slovenian, Slovenians, Slovene, Slovenes ; Ljubljana, Maribor
SWE ; - ; ; Swedish, Swede, Swedes ; Stockholm, Gothenburg, Goteborg, Göteborg, Malmo, Malmö, Uppsala
SWZ ; - ; Swaziland, Kingdom of Eswatini ; Swazi, Swazis, Emaswati ; Mbabane, Lobamba, Manzini
SXM ; Sint Maarten ; St. Maarten ; ; Philipsburg
SYC ; - ; ; Seychellois ;
SYR ; Syria ; Syrian Arab Republic ; Syrian, Syrians ; Damascus, Aleppo, Homs, Hama, Latakia, Tartus, Deir ez-Zor, Deir el-Zour, Deir ez-Zour, Raqqa, Idlib, Daraa, Deraa, Qamishli, Kobani, Kobane, Manbij, Afrin, Palmyra, Douma, Ghouta, Eastern Ghouta, Hasakah, Al-Hasakah, Suwayda, Sweida, Quneitra, Jableh, Azaz, Jarablus, Tal Abyad, Ras al-Ain, Abu Kamal, Albu Kamal
TCA ; Turks and Caicos Islands ; Turks and Caicos ; ; Cockburn Town
TCD ; - ; ; Chadian, Chadians ; N'Djamena, Ndjamena, Moundou, Abeche, Abéché, Sarh
TGO ; - ; ; Togolese ; Lome, Lomé, Sokode
THA ; - ; Kingdom of Thailand, Siam ; Thai, Thais ; Bangkok, Chiang Mai, Phuket, Pattaya, Hat Yai, Yala, Pattani, Narathiwat, Songkhla
TJK ; - ; ; Tajik, Tajiks, Tajikistani, Tadjik ; Dushanbe, Khujand, Kulob, Khorog
TKL ; - ; ; Tokelauan ;
TKM ; - ; ; Turkmen, Turkmens, Turkoman ; Ashgabat, Ashkhabad, Turkmenabat
TLS ; Timor-Leste ; East Timor, Timor Leste ; East Timorese, Timorese ; Dili
TON ; - ; ; Tongan, Tongans ; Nuku'alofa, Nukualofa
TTO ; - ; Trinidad ; Trinidadian, Trinidadians, Tobagonian ; Port of Spain, Port-of-Spain
TUN ; - ; ; Tunisian, Tunisians ; Tunis, Sfax, Sousse, Kairouan, Bizerte, Gabes, Ben Guerdane, Sidi Bouzid, Kasserine
TUR ; Turkey ; Türkiye, Turkiye, Republic of Turkey, Republic of Türkiye ; Turkish, Turk, Turks ; Ankara, Istanbul, Izmir, İzmir, Bursa, Antalya, Adana, Gaziantep, Konya, Diyarbakir, Diyarbakır, Sanliurfa, Şanlıurfa, Mersin, Kayseri, Hatay, Antakya, Kilis, Incirlik, Kahramanmaras, Kahramanmaraş, Trabzon, Erzurum, Malatya
TUV ; - ; ; Tuvaluan, Tuvaluans ; Funafuti
TWN ; Taiwan ; Republic of China, ROC, R.O.C., Chinese Taipei, Formosa ; Taiwanese ; Taipei, Kaohsiung, Taichung, Tainan, Keelung, Hsinchu, Kinmen, Matsu
TZA ; Tanzania ; United Republic of Tanzania ; Tanzanian, Tanzanians ; Dodoma, Dar es Salaam, Zanzibar, Arusha, Mwanza, Mbeya, Stone Town, Tanga
UGA ; - ; ; Ugandan, Ugandans ; Kampala, Entebbe, Gulu, Jinja, Mbarara, Kasese, Arua
UKR ; - ; the Ukraine ; Ukrainian, Ukrainians ; Kyiv, Kiev, Kharkiv, Kharkov, Odesa, Odessa, Dnipro, Dnipropetrovsk, Donetsk, Zaporizhzhia, Zaporizhzhya, Zaporozhye, Lviv, Lvov, Kryvyi Rih, Mykolaiv, Nikolaev, Mariupol, Luhansk, Lugansk, Kherson, Sumy, Chernihiv, Poltava, Bakhmut, Avdiivka, Pokrovsk, Kramatorsk, Sloviansk, Severodonetsk, Sievierodonetsk, Lysychansk, Melitopol, Berdyansk, Izium, Izyum, Bucha, Irpin, Chernobyl, Chornobyl, Uzhhorod, Vinnytsia, Zhytomyr, Ivano-Frankivsk, Ternopil, Rivne, Lutsk, Chernivtsi, Crimea, Sevastopol, Simferopol, Kerch, Kupiansk, Kupyansk, Vuhledar, Toretsk, Chasiv Yar, Enerhodar, Donbas, Donbass
UMI ; United States Minor Outlying Islands ; Wake Island, Midway Atoll, Midway Islands, Johnston Atoll, Baker Island, Howland Island, Jarvis Island, Palmyra Atoll, Kingman Reef, Navassa Island ; ;
URY ; - ; Oriental Republic of Uruguay ; Uruguayan, Uruguayans ; Montevideo, Paysandu
USA ; United States ; United States of America, U.S., US, U.S.A., USA, America ; American, Americans ; Washington, Washington D.C., Washington DC, New York, New York City, Los Angeles, Chicago, Houston, Philadelphia, San Antonio, San Diego, Dallas, San Francisco, Seattle, Boston, Miami, Atlanta, Detroit, Denver, Las Vegas, Baltimore, New Orleans, Minneapolis, Pittsburgh, Honolulu, Fort Bragg, Fort Hood, Camp David, Quantico, Guantanamo Bay, Guantanamo, Guantánamo Bay, Mar-a-Lago
UZB ; - ; ; Uzbek, Uzbeks, Uzbekistani ; Tashkent, Samarkand, Bukhara, Andijan, Namangan, Fergana, Termez, Nukus
VAT ; Holy See ; Vatican, Vatican City, Vatican City State, the Vatican ; ;
VCT ; Saint Vincent and the Grenadines ; St. Vincent and the Grenadines, St Vincent and the Grenadines, St. Vincent ; Vincentian, Vincentians ; Kingstown
VEN ; Venezuela ; Bolivarian Republic of Venezuela ; Venezuelan, Venezuelans ; Caracas, Maracaibo, Barquisimeto, Maracay, Ciudad Guayana, San Cristobal, San Cristóbal, Ciudad Bolivar, Puerto Ayacucho
VGB ; British Virgin Islands ; BVI, Virgin Islands British ; ; Road Town, Tortola
VIR ; United States Virgin Islands ; U.S. Virgin Islands, US Virgin Islands, USVI, Virgin Islands of the United States ; ; Charlotte Amalie, St. Croix, St. Thomas
VNM ; Vietnam ; Viet Nam, Socialist Republic of Vietnam ; Vietnamese ; Hanoi, Ho Chi Minh City, Saigon, Haiphong, Hai Phong, Da Nang, Danang, Can Tho, Nha Trang, Cam Ranh Bay
VUT ; - ; ; Ni-Vanuatu, Vanuatuan ; Port Vila
WLF ; - ; Wallis and Futuna Islands ; Wallisian, Futunan ; Mata-Utu
WSM ; - ; ; Samoan, Samoans ; Apia
YEM ; - ; ; Yemeni, Yemenis, Yemenite ; Sanaa, Sana'a, Aden, Taiz, Ta'izz, Hodeidah, Hudaydah, Hodeida, Marib, Ma'rib, Mukalla, Saada, Sa'ada, Dhamar, Ibb, Hajjah, Shabwa, Abyan, Zinjibar, Lahj, Hadramout, Hadramawt, Al-Mahra, Socotra
ZAF ; - ; RSA, Republic of South Africa ; South African, South Africans ; Pretoria, Tshwane, Cape Town, Johannesburg, Durban, Port Elizabeth, Gqeberha, Bloemfontein, Soweto, East London, Pietermaritzburg, Polokwane, Marikana
ZMB ; - ; ; Zambian, Zambians ; Lusaka, Ndola, Kitwe, Livingstone, Copperbelt
ZWE ; - ; ; Zimbabwean, Zimbabweans ; Harare, Bulawayo, Mutare, Gweru, Masvingo
"""

# Entities without an ISO 3166-1 code, and historic states relevant 1990-2026.
# CODE ; names ; range comment. Kosovo: CAMEO/Phoenix practice is KSV (the EU/IMF
# user-assigned code is XKX); we follow CAMEO.
EXTRA_STATES = r"""
KSV ; Kosovo, Republic of Kosovo, Kosova, Kosovar, Kosovars, Kosovan, Kosovans ; Pristina, Prishtina, Mitrovica, Prizren, Peja, Pec
"""

# Historic states: (names, codes-with-ranges, cities). Codes are ISO 3166-3 where
# one exists; Yugoslavia covers the FRY of 1992-2003 as CAMEO does.
HISTORIC = [
    ("Soviet Union | USSR | U.S.S.R. | Union of Soviet Socialist Republics | Soviet | Soviets",
     "SUN ..1991-12-26", "dissolved 1991-12-26; after that the names resolve to nothing"),
    ("Yugoslavia | Federal Republic of Yugoslavia | FRY | Yugoslav | Yugoslavs | Socialist Federal Republic of Yugoslavia",
     "YUG ..2003-02-04", "SFRY to 1992, FRY (Serbia + Montenegro) 1992-2003"),
    ("Serbia and Montenegro | State Union of Serbia and Montenegro",
     "SCG 2003-02-04..2006-06-05", "state union 2003-2006"),
    ("Czechoslovakia | Czechoslovak | Czechoslovaks | Czech and Slovak Federative Republic",
     "CSK ..1993-01-01", "dissolved 1993-01-01"),
    ("East Germany | German Democratic Republic | GDR | East German | East Germans",
     "DDR ..1990-10-03", "reunified 1990-10-03"),
    ("West Germany | West German | West Germans",
     "DEU", "the Federal Republic continued as Germany"),
    ("Zaire | Zairean | Zairian | Republic of Zaire",
     "COD", "renamed 1997; coded as the same state (COD)"),
    ("Netherlands Antilles | Dutch Antilles",
     "ANT ..2010-10-10", "dissolved 2010-10-10"),
    ("South Yemen | People's Democratic Republic of Yemen",
     "YMD ..1990-05-22", "unified with North Yemen 1990-05-22"),
    ("North Yemen | Yemen Arab Republic",
     "YEM", "became the Republic of Yemen 1990"),
    ("Stasi | East German secret police", "DDRSPY ..1990-10-03", "East Germany's Ministry for State Security"),
    ("Warsaw Pact", "IGOEEUMIL ..1991-07-01", "dissolved 1991-07-01"),
]

# Government, military, legislative and intelligence metonyms used as actor names
# in news. (code, names). Emitted after each country's cities.
METONYMS = {
    "USA": [
        ("USAGOV", "White House | Oval Office | State Department | U.S. State Department | US State Department | Department of State | Foggy Bottom | Trump administration | Biden administration | Obama administration | Bush administration | Clinton administration | U.S. administration | US administration | Treasury Department | U.S. Treasury | US Treasury | Justice Department | U.S. Justice Department | Department of Homeland Security | Homeland Security Department | U.S. National Security Council | US National Security Council | White House National Security Council"),
        ("USAMIL", "Pentagon | Department of Defense | Defense Department | Department of War | U.S. military | US military | U.S. Army | US Army | U.S. Navy | US Navy | U.S. Air Force | US Air Force | U.S. Marines | US Marines | U.S. Marine Corps | U.S. Central Command | US Central Command | CENTCOM | AFRICOM | U.S. Africa Command | INDOPACOM | U.S. Indo-Pacific Command | U.S. European Command | EUCOM | U.S. forces | US forces | American forces | American troops | U.S. troops | US troops | U.S. Joint Chiefs of Staff | US Joint Chiefs of Staff"),
        ("USALEG", "U.S. Congress | US Congress | United States Congress | Capitol Hill | U.S. Senate | US Senate | U.S. House of Representatives | US House of Representatives | U.S. House | US House | Senate Foreign Relations Committee | House Foreign Affairs Committee"),
        ("USAJUD", "U.S. Supreme Court | US Supreme Court | Supreme Court of the United States"),
        ("USASPY", "CIA | C.I.A. | Central Intelligence Agency | National Security Agency | Director of National Intelligence"),
        ("USACOP", "FBI | F.B.I. | Federal Bureau of Investigation | Drug Enforcement Administration | DEA | U.S. Border Patrol | US Border Patrol | Immigration and Customs Enforcement"),
    ],
    "RUS": [
        ("RUSGOV", "Kremlin | the Kremlin | Russian government | Russian Foreign Ministry | Russian foreign ministry | Smolensky Square"),
        ("RUSMIL", "Russian military | Russian army | Russian forces | Russian troops | Russian Defence Ministry | Russian Defense Ministry | Russian Armed Forces | Russian navy | Black Sea Fleet | Russian Black Sea Fleet | Russian Aerospace Forces"),
        ("RUSLEG", "State Duma | Duma | Federation Council"),
        ("RUSGOV2", "Russian Security Council | Security Council of Russia | Russia's Security Council"),
        ("RUSSPY", "FSB | Federal Security Service | SVR | GRU | KGB"),
        ("RUSMED", "TASS | RIA Novosti | Interfax | Russia Today | Sputnik News"),
    ],
    "GBR": [
        ("GBRGOV", "Downing Street | Number 10 | Foreign Office | Foreign and Commonwealth Office | Foreign Commonwealth and Development Office | FCDO | Whitehall | British government | UK government | U.K. government | British Ministry of Defence | UK Ministry of Defence"),
        ("GBRMIL", "British Army | British military | British forces | British troops | Royal Navy | Royal Air Force | RAF | Royal Marines"),
        ("GBRLEG", "House of Commons | House of Lords | British Parliament | UK Parliament | U.K. Parliament | Westminster"),
        ("GBRSPY", "MI6 | MI5 | GCHQ | Secret Intelligence Service"),
        ("GBRMED", "BBC | British Broadcasting Corporation | Reuters"),
    ],
    "FRA": [
        ("FRAGOV", "Elysee | Élysée | Elysee Palace | Élysée Palace | Quai d'Orsay | Matignon | French government | French Foreign Ministry"),
        ("FRAMIL", "French military | French army | French forces | French troops | French Foreign Legion | Foreign Legion | Operation Barkhane | Barkhane"),
        ("FRALEG", "French National Assembly | Assemblée nationale | French Senate"),
        ("FRAMED", "AFP | Agence France-Presse | Agence France Presse"),
        ("FRASPY", "DGSE | DGSI"),
    ],
    "DEU": [
        ("DEUGOV", "German government | Federal Chancellery | Berlin government | German Foreign Office | Auswärtiges Amt"),
        ("DEUMIL", "Bundeswehr | German military | German army | German forces | German troops"),
        ("DEULEG", "Bundestag | Bundesrat"),
        ("DEUSPY", "BND | Bundesnachrichtendienst | BfV | Federal Office for the Protection of the Constitution"),
        ("DEUMED", "Deutsche Welle | DPA | Deutsche Presse-Agentur"),
    ],
    "CHN": [
        ("CHNGOV", "Zhongnanhai | Great Hall of the People | Chinese government | Beijing government | Chinese Communist Party | Communist Party of China | CCP | CPC | Chinese Foreign Ministry | Chinese foreign ministry | State Council | Politburo Standing Committee"),
        ("CHNMIL", "People's Liberation Army | PLA | PLA Navy | People's Liberation Army Navy | Chinese military | Chinese army | Chinese navy | Chinese coast guard | China Coast Guard | Central Military Commission | Eastern Theater Command"),
        ("CHNLEG", "National People's Congress | NPC"),
        ("CHNMED", "Xinhua | Xinhua News Agency | CCTV | China Central Television | CGTN | Global Times | People's Daily"),
        ("CHNSPY", "Ministry of State Security"),
    ],
    "HKG": [
        ("HKGGOV", "Hong Kong government | Legislative Council of Hong Kong"),
    ],
    "TWN": [
        ("TWNGOV", "Taiwanese government | Executive Yuan"),
        ("TWNLEG", "Legislative Yuan"),
        ("TWNMIL", "Taiwanese military"),
    ],
    "ISR": [
        ("ISRGOV", "Israeli government | Prime Minister's Office of Israel | Israeli cabinet | Israeli security cabinet"),
        ("ISRMIL", "Israel Defense Forces | Israel Defence Forces | IDF | Tsahal | Israeli military | Israeli army | Israeli forces | Israeli troops | Israeli air force | Israeli navy | Israeli soldiers | Golani Brigade"),
        ("ISRLEG", "Knesset"),
        ("ISRSPY", "Mossad | Shin Bet | Shabak"),
        ("ISRCOP", "Israeli police | Israel Police | Israeli Border Police"),
    ],
    "IRN": [
        ("IRNGOV", "Iranian government | Tehran government | Iranian Foreign Ministry | Supreme National Security Council | Guardian Council | Assembly of Experts | Expediency Council"),
        ("IRNMIL", "Islamic Revolutionary Guard Corps | IRGC | Revolutionary Guards | Revolutionary Guard | Revolutionary Guard Corps | Pasdaran | Quds Force | IRGC Quds Force | Basij | Iranian military | Iranian army | Artesh | IRGC Navy | IRGC Aerospace Force"),
        ("IRNSPY", "Ministry of Intelligence of Iran | Iranian intelligence ministry | MOIS"),
        ("IRNLEG", "Majlis | Iranian parliament | Islamic Consultative Assembly"),
        ("IRNMED", "IRNA | Islamic Republic News Agency | Press TV | PressTV | Fars News Agency | Tasnim | Tasnim News Agency | Mehr News Agency | IRIB"),
    ],
    "PRK": [
        ("PRKGOV", "Pyongyang regime | Workers' Party of Korea | Korean Workers' Party | North Korean government | Pyongyang government"),
        ("PRKMIL", "Korean People's Army | KPA | North Korean military | North Korean army"),
        ("PRKMED", "KCNA | Korean Central News Agency | Rodong Sinmun"),
    ],
    "KOR": [
        ("KORGOV", "Blue House ..2022-05-10 | Cheong Wa Dae | South Korean government | Seoul government"),
        ("KORMIL", "South Korean military | Republic of Korea Armed Forces | South Korean Joint Chiefs of Staff | South Korea's Joint Chiefs of Staff"),
        ("KORSPY", "National Intelligence Service of South Korea"),
        ("KORMED", "Yonhap | Yonhap News Agency"),
    ],
    "JPN": [
        ("JPNGOV", "Japanese government | Tokyo government | Kantei"),
        ("JPNMIL", "Japan Self-Defense Forces | Japanese Self-Defense Forces | Ground Self-Defense Force | Maritime Self-Defense Force | Air Self-Defense Force"),
        ("JPNLEG", "National Diet | Japanese Diet"),
        ("JPNMED", "Kyodo | Kyodo News | NHK"),
    ],
    "IND": [
        ("INDGOV", "Indian government | New Delhi government | Indian External Affairs Ministry | Ministry of External Affairs"),
        ("INDMIL", "Indian Army | Indian military | Indian Air Force | Indian Navy | Indian troops | Indian forces | Border Security Force"),
        ("INDLEG", "Lok Sabha | Rajya Sabha | Indian Parliament"),
        ("INDSPY", "Research and Analysis Wing"),
        ("INDCOP", "National Investigation Agency | Central Bureau of Investigation | Enforcement Directorate"),
        ("INDMED", "Press Trust of India"),
    ],
    "PAK": [
        ("PAKGOV", "Pakistani government | Islamabad government | Pakistani Foreign Office"),
        ("PAKMIL", "Pakistani military | Pakistan Army | Pakistani army | Pakistani troops | Inter-Services Public Relations | ISPR | Frontier Corps | Pakistan Air Force"),
        ("PAKSPY", "Inter-Services Intelligence | ISI"),
        ("PAKLEG", "National Assembly of Pakistan | Pakistani parliament"),
    ],
    "UKR": [
        ("UKRGOV", "Ukrainian government | Kyiv government | Kiev government | Ukrainian Foreign Ministry | Bankova"),
        ("UKRMIL", "Ukrainian military | Ukrainian army | Ukrainian forces | Ukrainian troops | Armed Forces of Ukraine | Ukrainian Armed Forces | Ukrainian General Staff | Ukrainian air force | Ukrainian navy | Territorial Defense Forces"),
        ("UKRGOV2", "National Security and Defense Council of Ukraine | National Security and Defence Council of Ukraine | Ukraine's National Security and Defense Council | NSDC"),
        ("UKRLEG", "Verkhovna Rada | Rada | Ukrainian parliament"),
        ("UKRCOP", "National Anti-Corruption Bureau of Ukraine | NABU"),
        ("UKRSPY", "SBU | Security Service of Ukraine | HUR | GUR | Ukrainian military intelligence"),
    ],
    "TUR": [
        ("TURGOV", "Turkish government | Ankara government | Turkish Foreign Ministry"),
        ("TURMIL", "Turkish military | Turkish army | Turkish Armed Forces | Turkish forces | Turkish troops"),
        ("TURGOV2", "Turkish National Security Council | National Security Council of Turkey"),
        ("TURLEG", "Grand National Assembly of Turkey | Turkish parliament"),
        ("TURSPY", "National Intelligence Organization"),
        ("TURMED", "Anadolu | Anadolu Agency | TRT"),
    ],
    "SAU": [
        ("SAUGOV", "Saudi government | Riyadh government | Saudi royal court | Saudi Foreign Ministry"),
        ("SAUMIL", "Saudi military | Saudi-led coalition | Saudi-led military coalition | Royal Saudi Air Force | Saudi air force"),
        ("SAUMED", "Saudi Press Agency"),
    ],
    "EGY": [
        ("EGYGOV", "Egyptian government | Cairo government | Egyptian Foreign Ministry"),
        ("EGYMIL", "Egyptian military | Egyptian army | Egyptian armed forces"),
        ("EGYMED", "Middle East News Agency | Al-Ahram | Al Ahram"),
    ],
    "SYR": [
        ("SYRGOV", "Syrian government | Damascus government | Assad regime | Syrian regime | Assad government"),
        ("SYRMIL", "Syrian Arab Army | Syrian army | Syrian military | Syrian government forces | Syrian troops"),
        ("SYRMED", "SANA | Syrian Arab News Agency"),
    ],
    "IRQ": [
        ("IRQGOV", "Iraqi government | Baghdad government | Iraqi Foreign Ministry"),
        ("IRQMIL", "Iraqi army | Iraqi military | Iraqi security forces | Iraqi forces | Iraqi troops | Counter Terrorism Service | Iraqi Counter-Terrorism Service"),
        ("IRQGOV", "Kurdistan Regional Government | KRG"),
        ("IRQLEG", "Iraqi parliament | Council of Representatives of Iraq"),
    ],
    "AFG": [
        ("AFGGOV", "Afghan government | Kabul government"),
        ("AFGMIL", "Afghan National Army | Afghan army | Afghan National Security Forces | ANSF | Afghan security forces | Afghan forces"),
    ],
    "QAT": [
        ("QATMED", "Al Jazeera | Al-Jazeera | Aljazeera"),
        ("QATGOV", "Qatari government | Qatari Foreign Ministry"),
    ],
    "ARE": [
        ("AREGOV", "Emirati government | UAE government"),
        ("AREMED", "WAM | Emirates News Agency"),
    ],
    "LBN": [
        ("LBNMIL", "Lebanese Armed Forces | Lebanese army | LAF"),
        ("LBNGOV", "Lebanese government | Baabda | Grand Serail"),
    ],
    "JOR": [("JORGOV", "Jordanian government | Royal Hashemite Court")],
    "VAT": [("VATREL", "Holy See Press Office | Roman Curia | Curia | Vatican Secretariat of State")],
    "ITA": [("ITAGOV", "Palazzo Chigi | Farnesina | Quirinale | Quirinal Palace | Italian government"), ("ITAMED", "ANSA")],
    "ESP": [("ESPGOV", "Moncloa | Spanish government"), ("ESPMED", "EFE")],
    "CAN": [("CANGOV", "Canadian government | Parliament Hill | Global Affairs Canada | Ottawa government"),
            ("CANMIL", "Canadian Armed Forces | Canadian military | Canadian Forces"),
            ("CANCOP", "Royal Canadian Mounted Police | RCMP")],
    "AUS": [("AUSGOV", "Australian government | Canberra government | Department of Foreign Affairs and Trade | DFAT"),
            ("AUSMIL", "Australian Defence Force | Australian military"),
            ("AUSSPY", "ASIO | Australian Security Intelligence Organisation | ASIS")],
    "BRA": [("BRAGOV", "Planalto | Planalto Palace | Itamaraty | Brazilian government")],
    "MEX": [("MEXGOV", "Mexican government | Los Pinos | National Palace of Mexico"),
            ("MEXMIL", "Mexican army | Mexican military | Sedena | National Guard of Mexico")],
    "ARG": [("ARGGOV", "Casa Rosada | Argentine government")],
    "VEN": [("VENGOV", "Miraflores | Miraflores Palace | Venezuelan government | Maduro government | Chavez government"),
            ("VENMIL", "Venezuelan military | Bolivarian National Armed Forces | FANB")],
    "POL": [("POLGOV", "Polish government | Warsaw government"), ("POLLEG", "Sejm")],
    "MMR": [("MMRMIL", "Tatmadaw | Myanmar military | Myanmar army | Burmese military | Burmese army | junta of Myanmar | Myanmar junta | State Administration Council")],
    "SDN": [("SDNMIL", "Sudanese Armed Forces | SAF | Sudanese army | Sudanese military")],
    "ETH": [("ETHMIL", "Ethiopian National Defense Force | ENDF | Ethiopian army | Ethiopian military | Ethiopian federal forces")],
    "NGA": [("NGAMIL", "Nigerian army | Nigerian military | Nigerian Air Force"),
            ("NGAGOV", "Aso Rock | Nigerian government")],
    "ZAF": [("ZAFGOV", "Union Buildings | South African government")],
    "KEN": [("KENGOV", "State House Nairobi | Kenyan government"), ("KENMIL", "Kenya Defence Forces | KDF")],
    "COL": [("COLGOV", "Casa de Nariño | Casa de Narino | Colombian government"), ("COLMIL", "Colombian army | Colombian military")],
    "PHL": [("PHLGOV", "Malacañang | Malacanang | Philippine government"), ("PHLMIL", "Armed Forces of the Philippines | Philippine military | Philippine army")],
    "THA": [("THAMIL", "Royal Thai Army | Thai army | Thai military")],
    "BLR": [("BLRGOV", "Belarusian government | Minsk government"), ("BLRSPY", "Belarusian KGB")],
    "GEO": [("GEOGOV", "Georgian government | Tbilisi government")],
    "CUB": [("CUBGOV", "Cuban government | Havana government | Communist Party of Cuba")],
    "SRB": [("SRBGOV", "Serbian government | Belgrade government")],
    "NOR": [("NORLEG", "Storting | Norwegian parliament")],
    "SWE": [("SWELEG", "Riksdag | Swedish parliament"), ("SWEMIL", "Swedish Armed Forces | Swedish military")],
    "DNK": [("DNKLEG", "Folketing | Danish parliament")],
    "FIN": [("FINLEG", "Eduskunta | Finnish parliament"), ("FINMIL", "Finnish Defence Forces")],
    "ISL": [("ISLLEG", "Althing")],
    "IRL": [("IRLGOV", "Taoiseach | Irish government"), ("IRLLEG", "Oireachtas | Dail | Dáil | Dail Eireann | Dáil Éireann")],
    "LVA": [("LVALEG", "Saeima")],
    "LTU": [("LTULEG", "Seimas")],
    "EST": [("ESTLEG", "Riigikogu")],
    "NLD": [("NLDSPY", "AIVD"), ("NLDGOV", "Dutch government")],
    "AUT": [("AUTGOV", "Austrian government | Ballhausplatz")],
    "CHE": [("CHEGOV", "Swiss Federal Council | Swiss government")],
    "HUN": [("HUNGOV", "Hungarian government | Budapest government")],
    "SVK": [("SVKGOV", "Slovak government")],
    "CZE": [("CZEGOV", "Czech government")],
    "ROU": [("ROUGOV", "Romanian government")],
    "GRC": [("GRCGOV", "Greek government | Maximos Mansion")],
    "CYP": [("CYPGOV", "Cypriot government")],
    "ARM": [("ARMGOV", "Armenian government"), ("ARMMIL", "Armenian army | Armenian armed forces")],
    "AZE": [("AZEGOV", "Azerbaijani government"), ("AZEMIL", "Azerbaijani army | Azerbaijani armed forces")],
    "KAZ": [("KAZGOV", "Akorda | Kazakh government")],
    "NZL": [("NZLGOV", "New Zealand government | Beehive")],
    "SGP": [("SGPGOV", "Singaporean government")],
    "MYS": [("MYSGOV", "Malaysian government")],
    "IDN": [("IDNGOV", "Indonesian government"), ("IDNMIL", "Indonesian military | TNI | Indonesian army")],
    "BGD": [("BGDGOV", "Bangladeshi government | interim government of Bangladesh"), ("BGDMIL", "Bangladesh army | Bangladeshi army | Rapid Action Battalion")],
    "LKA": [("LKAGOV", "Sri Lankan government")],
    "NPL": [("NPLGOV", "Nepali government | Nepalese government")],
    "PSE": [("PSEGOV", "Palestinian government | Palestinian Authority government | Muqataa | Mukataa")],
}

# Sub-national places whose names contain a country name and would otherwise be
# mis-matched by longest-match (New Mexico, New Jersey, ...), plus a few states and
# provinces that stand for their country in news. Coded as the country.
SUBNATIONAL = {
    "USA": "New Mexico | New Jersey | New England | New York State | California | Texas | Florida | Maryland | Alaska | Hawaii | Arizona | U.S. state of Georgia | North Carolina | South Carolina | North Dakota | South Dakota | West Virginia | New Hampshire | Rhode Island | Washington state | Washington State | Alabama | Arkansas | Colorado | Connecticut | Delaware | Idaho | Illinois | Iowa | Kansas | Kentucky | Louisiana | Massachusetts | Michigan | Minnesota | Mississippi | Missouri | Nebraska | Nevada | Ohio | Oklahoma | Oregon | Pennsylvania | Tennessee | Utah | Vermont | Wisconsin | Wyoming",
    "AUS": "New South Wales | Queensland | Tasmania | Western Australia | South Australia | Northern Territory",
    "CAN": "Quebec | Ontario | British Columbia | Nova Scotia | New Brunswick | Manitoba | Saskatchewan | Newfoundland",
    "MEX": "Baja California | Jalisco | Guanajuato | Sonora | Zacatecas | Nuevo Leon | Nuevo León",
    "BRA": "Amazonas | Bahia | Minas Gerais | Rio Grande do Sul | Roraima",
    "COL": "Antioquia | Cauca | Catatumbo | Norte de Santander | Arauca | Narino | Nariño",
    "IDN": "Papua | West Papua | Aceh | Sumatra | Sulawesi | Kalimantan | Papua province | Maluku",
    "IND": "Jammu and Kashmir | Jammu | Manipur | Assam | Nagaland | Chhattisgarh | Uttar Pradesh | Maharashtra | West Bengal | Tamil Nadu | Kerala | Gujarat | Ladakh | Arunachal Pradesh | Bihar | Odisha | Jharkhand | Karnataka | Telangana | Andhra Pradesh | Rajasthan | Madhya Pradesh | Haryana | Mizoram | Tripura | Sikkim | Pahalgam | Pulwama | Galwan Valley",
    "PAK": "Khyber Pakhtunkhwa province | Gilgit-Baltistan | Azad Kashmir | Pakistan-administered Kashmir | Kurram | Bajaur | Khyber district | Tirah | Mastung | Turbat | Chaman | Torkham",
    "AFG": "Helmand | Nangarhar | Kunar | Paktika | Paktia | Panjshir | Badakhshan | Balkh | Uruzgan | Zabul | Farah | Nimroz | Faryab | Baghlan | Logar | Wardak | Takhar | Parwan",
    "CHN": "Xinjiang | Tibet | Inner Mongolia | Guangdong | Fujian | Sichuan | Yunnan | Hubei | Hainan | Zhejiang | Jiangsu | Shandong | Henan | Hunan | Guangxi | Heilongjiang | Jilin | Liaoning | Gansu | Qinghai | Ningxia | Shaanxi | Shanxi | Hebei | Anhui | Jiangxi | Guizhou",
    "RUS": "Kursk region | Belgorod region | Bryansk region | Siberia | Tatarstan | Bashkortostan | Karelia | Kamchatka | Sakhalin | Yakutia | Primorye | Krasnodar region",
    "UKR": "Donetsk region | Luhansk region | Kharkiv region | Kherson region | Zaporizhzhia region | Sumy region | Dnipropetrovsk region | Odesa region | Mykolaiv region | Kyiv region | Lviv region | Chernihiv region",
    "GBR": "Channel Islands | Isle of Wight",
    "ESP": "Catalonia | Basque Country | Andalusia | Canary Islands",
    "FRA": "Corsica | Normandy | Alsace",
    "ITA": "Sicily | Sardinia | Lombardy",
    "DEU": "Bavaria | Saxony | Thuringia | Brandenburg",
    "GNQ": "Bioko",
    "ZAF": "KwaZulu-Natal | Gauteng | Western Cape | Eastern Cape",
    "IRQ": "Kurdistan Region | Iraqi Kurdistan | Kurdistan Region of Iraq | Anbar | Anbar province | Nineveh | Nineveh province | Ninevah | Diyala | Salahuddin | Salah al-Din | Babil | Wasit | Maysan | Dhi Qar | Muthanna | Qadisiyah | Halabja",
    "IRN": "Sistan and Baluchestan | Sistan-Baluchestan | Sistan-Baluchistan | Khuzestan | Kurdistan province | Khorasan | Isfahan province | Hormozgan | Mazandaran | Gilan",
    "SYR": "Golan Heights | Golan | Deir ez-Zor province | Raqqa province | Idlib province | Hasakah province | Latakia province | Alawite coast | Jazira | Tartous",
    "ISR": "Negev | Galilee | Tel Aviv area | Ben Gurion Airport | Nevatim | Gaza envelope",
    "PSE": "Khan Younis | Tulkarem camp | Jenin camp | Nur Shams | Balata | Shati camp | Maghazi | Bureij | Zeitoun | Shejaiya | Shujaiya | Mawasi | al-Mawasi",
    "LBN": "south Lebanon | southern Lebanon | Bekaa | Bekaa Valley | Beqaa",
    "EGY": "Sinai | Sinai Peninsula | North Sinai | Sinai peninsula",
    "LBY": "Cyrenaica | Tripolitania | Fezzan | Kufra | Ghadames | Gharyan",
    "YEM": "Saada province | Ras Isa",
    "SAU": "Abqaiq | Ras Tanura",
    "SDN": "South Kordofan | North Kordofan | West Kordofan | North Darfur | South Darfur | West Darfur | Central Darfur | East Darfur | Gezira | Al-Jazira state | Sennar | White Nile | Red Sea state | Zamzam | Zamzam camp | Tawila | Babanusa | Dilling",
    "SSD": "Upper Nile | Jonglei | Unity State | Equatoria | Western Equatoria | Central Equatoria | Eastern Equatoria | Bahr el Ghazal",
    "ETH": "Tigray | Amhara | Amhara region | Oromia | Afar region | Somali Region | Ogaden | Benishangul-Gumuz | Gambella | Sidama | Adigrat | Humera",
    "SOM": "Lower Shabelle | Middle Shabelle | Hiraan | Galmudug | Hirshabelle | South West State | Gedo | Bakool | Mudug | Las Anod | Laascaanood",
    "COD": "North Kivu | South Kivu | Ituri | Kivu | Kasai | Katanga | Tanganyika province | Walikale | Minova | Kalehe | Djugu | Rubaya",
    "CAF": "Vakaga | Haut-Mbomou | Ouham",
    "CMR": "Northwest Region | Southwest Region | Far North Region",
    "NGA": "Niger Delta | Borno | Borno State | Yobe | Adamawa | Zamfara | Kaduna State | Katsina State | Niger State | Plateau State | Benue | Benue State | Kebbi | Rivers State | Delta State | Bayelsa | Imo State | Anambra | Kwara | Kogi",
    "NER": "Tillaberi region | Tahoua region | Diffa region | Dosso",
    "MLI": "Azawad | Gao region | Mopti region | Segou region | Kidal region | Timbuktu region | Tessalit | Anefis | Tinzaouaten",
    "BFA": "Barsalogho | Fada N'Gourma",
    "MOZ": "Niassa | Nampula province | Mocimboa",
    "MMR": "Rakhine | Rakhine State | Arakan | Shan State | Northern Shan | Kachin State | Kachin | Karen State | Kayin State | Karenni State | Kayah State | Chin State | Sagaing | Sagaing Region | Magway | Mandalay Region | Tanintharyi | Mon State | Myawaddy | Laukkai | Maungdaw | Buthidaung",
    "PHL": "Bangsamoro | Maguindanao | Lanao del Sur",
    "BGD": "Kutupalong | Bhasan Char",
    "GEO": "Abkhazia region | South Ossetia region",
    "AZE": "Lachin corridor | Lachin",
    "ARM": "Syunik",
    "MDA": "Transnistria region",
    "SRB": "Vojvodina | Sandzak | Presevo Valley",
    "BIH": "Republika Srpska entity | Federation of Bosnia and Herzegovina",
    "KOR": "DMZ | Panmunjom | Yeonpyeong",
    "VEN": "Zulia | Tachira | Táchira | Apure | Bolivar state | Essequibo",
    "HTI": "Artibonite | Croix-des-Bouquets | Cite Soleil | Cité Soleil | Martissant | Kenscoff | Mirebalais",
    "ECU": "Esmeraldas | Manabi | Manabí",
    "ISL": "Keflavik",
    "DNK": "Jutland | Bornholm",
}


def fold(name):
    """ASCII variant of a name ("Bogotá" -> "Bogota"), or None if already ASCII."""
    nfkd = unicodedata.normalize("NFKD", name)
    ascii_name = "".join(c for c in nfkd if not unicodedata.combining(c))
    ascii_name = ascii_name.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L")
    return ascii_name if ascii_name != name else None


def split_items(field):
    return [x.strip() for x in field.split(",") if x.strip()]


def uniq(names):
    seen, out = set(), []
    for n in names:
        if n.lower().startswith("the ") and n != "The Hague":
            continue
        for v in (n, fold(n)):
            if v and v.lower() not in seen:
                seen.add(v.lower())
                out.append(v)
    return out


def iso_names(entry):
    """Usable names from an iso-codes record (drops inverted 'Korea, Republic of')."""
    out = []
    for key in ("common_name", "name", "official_name"):
        v = entry.get(key)
        if not v:
            continue
        if v.lower().startswith("the "):
            v = v[4:]
        if "," in v:
            continue
        m = re.match(r"^(.*?)\s*\((.*?)\)\s*(.*)$", v)
        if m:
            # "Falkland Islands (Malvinas)" -> both names; "Cocos (Keeling) Islands"
            # -> "Cocos Islands" only; "(French part)" and the like are dropped.
            out.append((m.group(1) + " " + m.group(3)).strip())
            inner = m.group(2).strip()
            if not m.group(3) and not any(w in inner for w in ("part", "Vatican")):
                out.append(inner)
            continue
        out.append(v)
    return out


def line(names, code, comment=None):
    # Also the tokenized spelling ("Guinea-Bissau" -> "Guinea - Bissau"): see
    # scripts/token_variants.py for why.
    names = list(names)
    lower = {n.lower() for n in names}
    for n in list(names):
        for t in variants(n):
            if t.lower() not in lower:
                lower.add(t.lower())
                names.append(t)
    s = " | ".join(names) + " => " + code
    if comment:
        s += "    # " + comment
    return s


def main():
    iso = {e["alpha_3"]: e for e in json.load(open(ISO_PATH, encoding="utf-8"))["3166-1"]}
    rows = {}
    for raw in TABLE.strip().splitlines():
        parts = [p.strip() for p in raw.split(";")]
        if len(parts) != 5:
            sys.exit("bad table row: " + raw)
        rows[parts[0]] = parts
    missing = sorted(set(iso) - set(rows))
    unknown = sorted(set(rows) - set(iso))
    if missing or unknown:
        sys.exit(f"table/ISO mismatch: missing {missing} unknown {unknown}")

    out = []
    w = out.append
    w("# parley countries and territories: generated by scripts/gen-countries.py, do not edit by hand.")
    w("# Sources: ISO 3166-1 names and alpha-3 codes from Debian's iso-codes package")
    w("# (/usr/share/iso-codes/json/iso_3166-1.json); other names, demonyms, cities and")
    w("# metonyms written by the parley project. Format: data/FORMAT.md.")
    w("#")
    w("# Conventions")
    w("# - CAMEO country code = ISO 3166-1 alpha-3 for every entry (CAMEO practice). Historic")
    w("#   CAMEO variants are not used: Romania ROU (not ROM), Timor-Leste TLS (not TMP),")
    w("#   DR Congo COD (also for 'Zaire'). Kosovo has no ISO code: KSV as in CAMEO/Phoenix")
    w("#   (the EU/IMF user-assigned code XKX is not used).")
    w("# - Each country's own line comes first; the cities, metonyms and historic names that")
    w("#   follow it code as that country (or its GOV/MIL/LEG/JUD/SPY/COP/MED sector).")
    w("# - 'Congo' alone codes as COD (news usage); 'Korea'/'Korean' alone as KOR; the plain")
    w("#   'Palestinian Authority' as PSE (the GOV sector comes from metonyms/agents).")
    w("# - Left out on purpose (common words or person names): Nice, Reading, Mobile,")
    w("#   Victoria (Seychelles), Male (Maldives), Hamilton (Bermuda), Georgetown (Guyana),")
    w("#   Split, Bath, Derby, Sale, Poles (demonym of Poland; 'poles'), English (language).")
    w("#   Kept although ambiguous: Chad, Jordan, Georgia, Turkey, Jersey, Kingston (Jamaica),")
    w("#   Tripoli (Libya; Lebanon's Tripoli is left out), Tyre (Lebanon; 'tyre'), Gao, Santiago")
    w("#   (Chile), Valencia (Spain), San Jose (Costa Rica),")
    w("#   Washington (US capital; also US state and surname).")
    w("# - Short all-capital names match only tokens written exactly so (FORMAT.md): US (USA),")
    w("#   CAR (CAF) and FRY (YUG) are listed; PA is left out (also the UK news agency PA Media).")
    w("")
    count = 0
    seen_names = {}
    for code in sorted(rows):
        _, canon, others, demonyms, cities = rows[code]
        names = []
        if canon != "-":
            names.append(canon)
        names += iso_names(iso[code])
        names += split_items(others) + split_items(demonyms)
        names = uniq(names)
        names = [n for n in names if n.lower() not in seen_names or seen_names[n.lower()] == code]
        for n in names:
            seen_names.setdefault(n.lower(), code)
        w("# " + names[0] + (f" ({iso[code].get('official_name')})" if iso[code].get("official_name") else ""))
        w(line(names, code))
        count += 1
        for c in uniq(split_items(cities)):
            if c.lower() in seen_names:
                continue
            seen_names[c.lower()] = code
            w(line([c], code))
        if code in SUBNATIONAL:
            subs = [s.strip() for s in SUBNATIONAL[code].split("|")]
            for s in subs:
                if s.lower() in seen_names:
                    continue
                seen_names[s.lower()] = code
                w(line([s], code))
        for sector, names_s in METONYMS.get(code, []):
            sector = sector.rstrip("0123456789")  # "RUSGOV2": a second RUSGOV line
            parts = [p.strip() for p in names_s.split("|")]
            plain = []
            for p in parts:
                if ".." in p:  # dated metonym: 'Blue House ..2022-05-10'
                    nm, rng = p.rsplit(" ", 1)
                    w(line([nm], f"{sector} {rng}"))
                    continue
                plain.append(p)
            plain = [p for p in uniq(plain) if p.lower() not in seen_names]
            for p in plain:
                seen_names[p.lower()] = sector
            if plain:
                w(line(plain, sector))
        w("")

    w("# ---- Entities without an ISO 3166-1 code ----")
    for raw in EXTRA_STATES.strip().splitlines():
        code, names, cities = [p.strip() for p in raw.split(";")]
        w(line(uniq(split_items(names)), code, "CAMEO/Phoenix code; EU/IMF use XKX"))
        count += 1
        for c in uniq(split_items(cities)):
            w(line([c], code))
    w("")
    w("# ---- Historic states and names, 1990-2026 ----")
    for names, codes, comment in HISTORIC:
        nm = [n.strip() for n in names.split("|")]
        nm = [n for n in nm if n.lower() not in seen_names]
        for n in nm:
            seen_names[n.lower()] = codes
        if nm:
            w(line(nm, codes, comment))
    sys.stdout.write("\n".join(out) + "\n")
    print(f"countries and territories: {count}", file=sys.stderr)


if __name__ == "__main__":
    main()
