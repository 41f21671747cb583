// Hand-written word lists for the entity recogniser. No package keeps these for news English, so they are
// curated here: news agencies and institutions, titles and role nouns, organisation and place suffixes,
// demonyms, and the capitalised words that start sentences but never name anything.

/** Organisations often named without any suffix that would reveal them: agencies, broadcasters, bodies. */
export const CURATED_ORGANIZATIONS: string[] = [
  // news agencies, broadcasters and papers
  'Associated Press|AP', 'Reuters', 'Agence France-Presse|AFP', 'TASS|Tass|ITAR-TASS', 'RIA Novosti|RIA', 'Interfax',
  'Xinhua|Xinhua News Agency', 'Yonhap|Yonhap News Agency', 'Kyodo|Kyodo News', 'Korean Central News Agency|KCNA',
  'Bloomberg', 'CNN|Cable News Network', 'BBC|British Broadcasting Corporation', 'NPR', 'PBS', 'ABC News', 'CBS News', 'NBC News',
  'Fox News', 'MSNBC', 'Al Jazeera', 'Sky News', 'Deutsche Welle|DW', 'Euronews', 'RT', 'Sputnik', 'Ukrinform',
  'The New York Times|New York Times', 'The Washington Post|Washington Post', 'The Wall Street Journal|Wall Street Journal|WSJ',
  'The Guardian', 'Financial Times', 'The Economist', 'Politico', 'Axios', 'Rodong Sinmun', 'KCTV', 'Dow Jones',
  // governments, seats of power, parliaments
  'Kremlin', 'White House', 'Pentagon', 'Downing Street', 'Elysee|Élysée', 'State Department', 'Congress', 'Senate',
  'House of Representatives', 'Duma|State Duma', 'Bundestag', 'Knesset', 'Politburo', 'Supreme People’s Assembly|Supreme People\'s Assembly',
  'Verkhovna Rada|Rada', 'National Assembly', 'European Parliament', 'European Commission', 'Parliament',
  'Supreme Court', 'Federal Reserve|Fed', 'Treasury', 'Blue House', 'Zhongnanhai', 'Quai d’Orsay',
  // intelligence and security services, armed forces
  'CIA', 'FBI', 'NSA', 'KGB', 'FSB', 'GRU', 'SVR', 'MI5', 'MI6', 'Mossad', 'Shin Bet', 'NIS', 'SBU', 'Interpol', 'Europol',
  'Department of Homeland Security|DHS', 'Department of Defense|Defense Department|DoD', 'Department of Justice|Justice Department|DOJ',
  'Wagner Group|Wagner', 'Hamas', 'Hezbollah', 'Taliban', 'Houthis', 'Islamic State|ISIS|ISIL', 'al-Qaeda|Al-Qaeda|al Qaeda',
  'Korean People’s Army|Korean People\'s Army|KPA', 'People’s Liberation Army|People\'s Liberation Army|PLA', 'Red Cross', 'IRGC',
  // international bodies
  'United Nations|UN|U.N.', 'UN Security Council|Security Council', 'NATO', 'European Union|EU', 'World Health Organization|WHO',
  'International Monetary Fund|IMF', 'World Bank', 'World Trade Organization|WTO', 'OPEC', 'ASEAN', 'African Union', 'G7', 'G20',
  'International Atomic Energy Agency|IAEA', 'International Criminal Court|ICC', 'UNICEF', 'UNESCO', 'OSCE', 'BRICS',
  'Amnesty International', 'Human Rights Watch', 'Doctors Without Borders|MSF', 'Greenpeace', 'Olympic Committee',
  // parties and companies often in the news
  'Workers’ Party of Korea|Workers\' Party of Korea', 'Communist Party', 'Republican Party|GOP', 'Democratic Party',
  'Labour Party|Labour', 'Conservative Party|Tories', 'United Russia', 'Apple', 'Google', 'Microsoft', 'Amazon', 'Meta', 'Facebook',
  'Twitter', 'Tesla', 'SpaceX', 'OpenAI', 'Samsung', 'Gazprom', 'Rosneft', 'Boeing', 'Airbus', 'Toyota', 'Huawei', 'TikTok', 'Nvidia',
  'Warner Bros. Discovery', 'Goldman Sachs', 'JPMorgan|JPMorgan Chase', 'Morgan Stanley', 'Citigroup|Citi', 'BlackRock', 'HSBC',
  'Barclays', 'UBS', 'Credit Suisse', 'Deutsche Bank', 'Shell', 'BP', 'ExxonMobil|Exxon', 'Chevron', 'Saudi Aramco|Aramco',
  'Ford', 'General Motors|GM', 'Volkswagen|VW', 'BMW', 'Mercedes-Benz', 'Audi', 'Porsche', 'Ferrari', 'Renault', 'Peugeot', 'Kia', 'Subaru', 'Mazda', 'Nintendo', 'Netflix', 'Spotify', 'Stellantis', 'Hyundai', 'Nissan', 'Honda', 'Sony', 'BYD',
  'Alibaba', 'Tencent', 'Baidu', 'Xiaomi', 'TSMC', 'Intel', 'AMD', 'Qualcomm', 'IBM', 'Oracle', 'Nokia', 'Ericsson', 'Siemens',
  'Lufthansa', 'Air France', 'British Airways', 'Ryanair', 'Emirates', 'Qantas', 'Walmart', 'Starbucks', 'McDonald’s|McDonald\'s',
  'Coca-Cola|Coke', 'PepsiCo|Pepsi', 'Nestle|Nestlé', 'Unilever', 'Disney', 'Uber', 'Airbnb', 'X Corp', 'Anthropic', 'DeepMind',
  'Arsenal', 'Chelsea', 'Liverpool FC', 'Manchester United|Man United', 'Manchester City|Man City', 'Real Madrid',
  'Bayern Munich', 'Juventus', 'Paris Saint-Germain|PSG', 'FIFA', 'UEFA', 'IOC', 'NBA', 'NFL', 'Premier League', 'YouTube', 'Instagram', 'WhatsApp', 'Telegram', 'Netflix', 'Pfizer', 'Moderna', 'Lockheed Martin',
];

/** Places that no country/city/region list holds: world regions, seas, disputed areas, common short forms. */
export const CURATED_LOCATIONS: string[] = [
  'Korean Peninsula', 'Oval Office', 'East Asia', 'Northeast Asia', 'Southeast Asia', 'South Asia', 'Central Asia', 'Middle East', 'Near East',
  'Far East', 'Europe', 'Western Europe', 'Eastern Europe', 'Central Europe', 'Asia', 'Africa', 'North Africa', 'West Africa',
  'East Africa', 'Sub-Saharan Africa', 'Latin America', 'South America', 'North America', 'Central America', 'Caribbean',
  'Balkans', 'Baltics', 'Scandinavia', 'Arctic', 'Antarctic', 'Pacific', 'Atlantic', 'Indo-Pacific', 'Asia-Pacific', 'Gulf',
  'Persian Gulf', 'Black Sea', 'Baltic Sea', 'South China Sea', 'East China Sea', 'Yellow Sea', 'Sea of Japan', 'Red Sea',
  'Mediterranean', 'Sahel', 'Horn of Africa', 'Crimea', 'Donbas|Donbass', 'Donetsk', 'Luhansk', 'Kharkiv', 'Kherson',
  'Zaporizhzhia', 'Mariupol', 'Bakhmut', 'Avdiivka', 'Odesa|Odessa', 'Lviv', 'Kyiv|Kiev', 'Gaza|Gaza Strip', 'West Bank',
  'Golan Heights', 'Kashmir', 'Tibet', 'Xinjiang', 'Siberia', 'Kaliningrad', 'Chechnya', 'Kurdistan', 'Darfur', 'Taiwan Strait',
  'Strait of Hormuz', 'Suez Canal', 'Panama Canal', 'Silicon Valley', 'Wall Street', 'Hollywood', 'Capitol Hill', 'Washington',
  'New York', 'New York City', 'Los Angeles', 'San Francisco', 'Hong Kong', 'Washington D.C.|Washington, D.C.|D.C.|DC', 'England', 'Scotland',
  'Wales', 'Northern Ireland', 'the Koreas', 'Soviet Union|USSR', 'Yalta', 'Davos', 'Panmunjom',
  'Demilitarized Zone|DMZ', 'Kursk', 'Belgorod', 'Vladivostok', 'Khabarovsk', 'Sochi', 'Crimean Peninsula', 'Mainland China',
  'United States|U.S.|US|USA|U.S.A.|America|United States of America', 'United Kingdom|UK|U.K.|Britain|Great Britain', 'UAE', 'Mecca', 'Jerusalem', 'Tel Aviv', 'Rafah', 'Kabul', 'Baghdad', 'Damascus', 'Aleppo',
  'Idlib', 'Hiroshima', 'Okinawa', 'Hokkaido', 'Jeju', 'Sinuiju', 'Kaesong', 'Wonsan', 'Busan', 'Incheon', 'Mount Paektu',
];

/** Multi-word titles first so the longest wins. A title before a name makes it a person and becomes a role. */
export const TITLES: string[] = [
  'Prime Minister', 'Foreign Minister', 'Defense Minister', 'Defence Minister', 'Finance Minister', 'Interior Minister',
  'Deputy Prime Minister', 'Deputy Foreign Minister', 'Vice President', 'Vice Premier', 'Secretary of State', 'Secretary-General',
  'Secretary General', 'Attorney General', 'Supreme Leader', 'Crown Prince', 'Chief Executive', 'Chief Justice', 'Foreign Secretary',
  'Home Secretary', 'Defense Secretary', 'Defence Secretary', 'Press Secretary', 'National Security Adviser', 'Security Adviser',
  'State Councilor', 'Grand Ayatollah', 'Director-General', 'Director General', 'Secretary-General', 'Lt. Gen.', 'Maj. Gen.', 'Rear Adm.', 'Lieutenant General', 'Major General',
  'President', 'Premier', 'Chancellor', 'Minister', 'Secretary', 'Ambassador', 'Envoy', 'Governor', 'Gov.', 'Mayor', 'Senator', 'Sen.',
  'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Speaker', 'Chairman', 'Chairwoman', 'Chair', 'Director', 'Commissioner',
  'General', 'Gen.', 'Admiral', 'Adm.', 'Colonel', 'Col.', 'Lieutenant', 'Lt.', 'Major', 'Maj.', 'Captain', 'Capt.', 'Sergeant', 'Sgt.',
  'Marshal', 'Commander', 'King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Empress', 'Pope', 'Cardinal', 'Archbishop', 'Bishop',
  'Rev.', 'Reverend', 'Rabbi', 'Imam', 'Ayatollah', 'Sheikh', 'Sultan', 'Emir', 'Judge', 'Justice', 'Prosecutor', 'Spokesperson',
  'Spokesman', 'Spokeswoman', 'Leader', 'Chief', 'CEO', 'Professor', 'Prof.', 'Dr.', 'Dr', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms',
  'Sir', 'Dame', 'Lord', 'Lady', 'Detective', 'Officer', 'Coach', 'Deputy', 'Inspector', 'Superintendent', 'Councillor', 'Councilman',
  'Councilwoman', 'Assemblyman', 'Assemblywoman', 'Lawmaker', 'Comrade', 'Marshal', 'Father', 'Sister', 'Brother',
];

/** Lower-case nouns of office that make a following capitalised name a person ("Kremlin spokesperson Dmitry Peskov"). */
export const ROLE_NOUNS: string[] = [
  'spokesperson', 'spokesman', 'spokeswoman', 'president', 'minister', 'leader', 'official', 'officials', 'envoy', 'ambassador',
  'diplomat', 'chief', 'head', 'director', 'secretary', 'chairman', 'chairwoman', 'governor', 'mayor', 'senator', 'lawmaker',
  'analyst', 'expert', 'researcher', 'professor', 'economist', 'commander', 'general', 'admiral', 'colonel', 'officer',
  'correspondent', 'reporter', 'journalist', 'editor', 'columnist', 'author', 'writer', 'lawyer', 'attorney', 'prosecutor',
  'judge', 'premier', 'chancellor', 'dictator', 'ruler', 'king', 'queen', 'prince', 'emperor', 'founder', 'executive', 'ceo',
  'manager', 'adviser', 'advisor', 'aide', 'deputy', 'negotiator', 'representative', 'coach', 'player', 'striker', 'activist',
  'defector', 'dissident', 'scientist', 'actor', 'actress', 'singer', 'musician', 'candidate', 'nominee', 'commissioner',
  'strongman', 'politician', 'legislator', 'congressman', 'congresswoman', 'chair', 'boss', 'pastor', 'priest', 'cleric',
];

/** A capitalised span ending in one of these is an organisation ("US Defense Department", "Acme Corp"). */
export const ORG_SUFFIXES: string[] = [
  'Agency', 'Ministry', 'Department', 'Council', 'Committee', 'Commission', 'Party', 'Army', 'Navy', 'Force', 'Forces', 'Guard',
  'Corps', 'Company', 'Co.', 'Corp', 'Corp.', 'Corporation', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC', 'PLC', 'plc', 'AG', 'GmbH', 'Group',
  'Holdings', 'Bank', 'University', 'College', 'Institute', 'Institution', 'Academy', 'School', 'Association', 'Federation',
  'Union', 'League', 'Club', 'Society', 'Foundation', 'Fund', 'Trust', 'Organization', 'Organisation', 'Authority', 'Board',
  'Bureau', 'Office', 'Service', 'Services', 'Administration', 'Assembly', 'Parliament', 'Congress', 'Senate', 'Court',
  'Tribunal', 'Police', 'Network', 'News', 'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Daily', 'Press', 'Media',
  'Broadcasting', 'Television', 'Radio', 'Airlines', 'Airways', 'Motors', 'Technologies', 'Systems', 'Industries', 'Partners',
  'Capital', 'Group', 'Team', 'Movement', 'Front', 'Brigade', 'Battalion', 'Regiment', 'Command', 'Church', 'Cabinet',
  'Secretariat', 'Directorate', 'Inspectorate', 'Centre', 'Center', 'Laboratory', 'Labs', 'Hospital', 'Museum', 'Studios',
  'Alliance', 'Coalition', 'Marines', 'Tech', 'Futures', 'Images', 'Pictures', 'Photos', 'Studios', 'Electronics', 'Cartel', 'Gang', 'Brotherhood', 'FC', 'Pharmaceuticals', 'Energy', 'Airlines', 'Council', 'Commission', 'Watch', 'Initiative', 'Exchange', 'Reserve', 'Treasury', 'Embassy',
  'Consulate', 'Mission', 'Legislature', 'Duma', 'Politburo', 'Presidium', 'Secretariat', 'Agency', 'Enterprise', 'Enterprises',
];

/** Heads that take "of …": "Ministry of Defence", "University of Oxford", "Bank of Korea". */
export const ORG_OF_HEADS: string[] = [
  'Ministry', 'Department', 'University', 'Bank', 'Institute', 'Academy', 'Council', 'Court', 'Office', 'Board', 'Bureau',
  'Commission', 'Committee', 'Federation', 'Union', 'League', 'Church', 'House', 'Chamber', 'Association', 'School', 'College',
  'Museum', 'Order', 'Parliament', 'Government', 'Senate', 'Assembly', 'Society', 'Party', 'Organization', 'Organisation',
];

/** A capitalised span ending in one of these is a place ("Korean Peninsula", "Hudson River"). */
export const LOCATION_SUFFIXES: string[] = [
  'Peninsula', 'Sea', 'Ocean', 'River', 'Lake', 'Mountains', 'Mountain', 'Hills', 'Island', 'Islands', 'Strait', 'Straits',
  'Gulf', 'Bay', 'Valley', 'Desert', 'Province', 'Region', 'County', 'District', 'Oblast', 'Prefecture', 'Territory',
  'Territories', 'City', 'Town', 'Village', 'Street', 'St', 'Avenue', 'Ave', 'Road', 'Boulevard', 'Square', 'Park', 'Bridge',
  'Airport', 'Harbor', 'Harbour', 'Port', 'Coast', 'Canal', 'Plateau', 'Basin', 'Delta', 'Falls', 'Beach', 'Heights',
  'Highlands', 'Plains', 'Peak', 'Range', 'Canyon', 'Forest', 'Reservoir', 'Base', 'Stadium', 'Arena', 'Hall', 'Station',
  'Cape', 'Archipelago', 'Corridor', 'Zone', 'Krai', 'Republic',
];

/** Heads that take "of …" for places: "Gulf of Mexico", "Sea of Japan", "Republic of Korea". */
export const LOCATION_OF_HEADS: string[] = ['Gulf', 'Sea', 'Bay', 'Strait', 'Straits', 'Isle', 'Isles', 'Cape', 'Republic', 'Kingdom', 'Lake', 'Mount', 'City', 'Port', 'Sultanate', 'Emirate', 'Commonwealth', 'State'];

/** Words that start a place name: "Mount Everest", "Lake Baikal". */
export const LOCATION_PREFIXES: string[] = ['St', 'Mount', 'Mt.', 'Lake', 'Fort', 'Port', 'Cape', 'Isle', 'San', 'Santa', 'Saint', 'St.', 'Gulf'];

/** Nationality and group adjectives: not entities themselves, but they form roles ("Russian President"). */
export const DEMONYMS: string[] = [
  'American', 'Russian', 'Chinese', 'Japanese', 'Korean', 'North Korean', 'South Korean', 'British', 'English', 'Scottish', 'Welsh',
  'Irish', 'French', 'German', 'Italian', 'Spanish', 'Portuguese', 'Dutch', 'Belgian', 'Swiss', 'Austrian', 'Polish', 'Czech',
  'Slovak', 'Hungarian', 'Romanian', 'Bulgarian', 'Greek', 'Turkish', 'Ukrainian', 'Belarusian', 'Georgian', 'Armenian',
  'Azerbaijani', 'Kazakh', 'Uzbek', 'Iranian', 'Iraqi', 'Syrian', 'Lebanese', 'Israeli', 'Palestinian', 'Jordanian', 'Egyptian',
  'Saudi', 'Emirati', 'Qatari', 'Yemeni', 'Afghan', 'Pakistani', 'Indian', 'Bangladeshi', 'Sri Lankan', 'Nepalese', 'Thai',
  'Vietnamese', 'Cambodian', 'Malaysian', 'Indonesian', 'Filipino', 'Philippine', 'Singaporean', 'Taiwanese', 'Mongolian',
  'Australian', 'New Zealand', 'Canadian', 'Mexican', 'Brazilian', 'Argentine', 'Argentinian', 'Chilean', 'Colombian',
  'Venezuelan', 'Cuban', 'Peruvian', 'Nigerian', 'Kenyan', 'Ethiopian', 'South African', 'Sudanese', 'Somali', 'Libyan',
  'Tunisian', 'Algerian', 'Moroccan', 'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Icelandic', 'Estonian', 'Latvian',
  'Lithuanian', 'Serbian', 'Croatian', 'Bosnian', 'Albanian', 'Kosovar', 'Moldovan', 'European', 'Asian', 'African', 'Western',
  'Eastern', 'Arab', 'Kurdish', 'Soviet', 'Communist', 'Democratic', 'Republican', 'Conservative', 'Liberal', 'Muslim',
  'Christian', 'Jewish', 'Catholic', 'Orthodox', 'Islamic', 'Sunni', 'Shiite', 'Shia', 'Latino', 'Hispanic', 'Nordic', 'Baltic',
  'Pacific', 'Atlantic', 'Crimean', 'Chechen', 'Tibetan', 'Uyghur', 'Uighur', 'Kremlin-backed', 'Russian-North', 'Pro-Russian',
  'Northern', 'Southern', 'Central', 'Federal', 'Gulf', 'Latin American', 'Middle Eastern', 'East Asian', 'Nazi', 'Scandinavian',
  'Paraguayan', 'Bolivian', 'Ecuadorian', 'Uruguayan', 'Zambian', 'Zimbabwean', 'Ghanaian', 'Senegalese', 'Malian', 'Rwandan',
  'Ugandan', 'Tanzanian', 'Congolese', 'Angolan', 'Mozambican', 'Cameroonian', 'Ivorian', 'Haitian', 'Jamaican', 'Dominican',
  'Guatemalan', 'Honduran', 'Salvadoran', 'Nicaraguan', 'Panamanian', 'Costa Rican', 'Slovenian', 'Macedonian', 'Montenegrin',
  'Cypriot', 'Maltese', 'Tajik', 'Turkmen', 'Kyrgyz', 'Burmese', 'Laotian', 'Bhutanese', 'Maldivian', 'Omani', 'Bahraini',
  'Kuwaiti', 'Eritrean', 'Malagasy', 'Namibian', 'Malawian', 'Liberian', 'Guinean', 'Beninese', 'Togolese', 'Chadian',
  'Mauritanian', 'Fijian', 'Samoan', 'Tongan', 'Hawaiian', 'Texan', 'Californian', 'Bavarian', 'Catalan', 'Basque', 'Flemish',
  'Persian', 'Pashtun', 'Punjabi', 'Bengali', 'Tamil', 'Sikh', 'Hindu', 'Buddhist', 'Zionist', 'Marxist', 'Maoist', 'Yazidi',
  'Druze', 'Rohingya', 'Bosniak', 'Slovene', 'Luxembourgish', 'Andorran', 'Monegasque', 'Lebanese', 'Azeri', 'Kenyan', 'Botswanan',
];

/** Lower-case words after a demonym that together name an institution ("South Korean intelligence"). */
export const DEMONYM_INSTITUTIONS: string[] = [
  'intelligence', 'military', 'army', 'navy', 'air force', 'government', 'parliament', 'foreign ministry', 'defense ministry',
  'defence ministry', 'embassy', 'coast guard', 'police', 'central bank', 'state media', 'state television', 'state broadcaster',
];

/** Capitalised at the start of a sentence but never a name by themselves. */
export const SENTENCE_STARTERS: string[] = [
  'During', 'Meanwhile', 'According', 'Additionally', 'However', 'Moreover', 'Furthermore', 'Also', 'But', 'And', 'Or', 'So', 'Yet',
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their',
  'Our', 'My', 'Your', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'Without', 'After', 'Before', 'Since', 'Until', 'While',
  'When', 'Where', 'Why', 'How', 'What', 'Who', 'Which', 'If', 'Although', 'Though', 'Because', 'As', 'Despite', 'Under',
  'Over', 'Last', 'Next', 'Earlier', 'Later', 'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow', 'Still', 'Even', 'Only',
  'Some', 'Many', 'Most', 'Several', 'Both', 'Each', 'Every', 'All', 'No', 'Not', 'There', 'Here', 'Such', 'Other', 'Another',
  'Instead', 'Indeed', 'Finally', 'Similarly', 'Likewise', 'Still', 'Nevertheless', 'Nonetheless', 'Thus', 'Therefore',
  'Hence', 'Separately', 'Officially', 'Reportedly', 'Analysts', 'Officials', 'Experts', 'Critics', 'Residents', 'Sources',
  'Photo', 'Video', 'Watch', 'Read', 'More', 'Related', 'Updated', 'Published', 'Source', 'Share', 'Click', 'Subscribe',
  'Breaking', 'Opinion', 'Analysis', 'Exclusive', 'Live', 'Advertisement', 'Sign', 'Follow', 'Like', 'Comment', 'Comments',
  'Among', 'Amid', 'Against', 'Between', 'Through', 'Throughout', 'Within', 'Across', 'Along', 'Around', 'Toward', 'Towards',
  'Upon', 'Once', 'Twice', 'First', 'Second', 'Third', 'One', 'Two', 'Three', 'Four', 'Five', 'Ten', 'Dozens', 'Hundreds',
  'Thousands', 'Millions', 'Mr', 'Ms', 'Yes', 'Oh', 'Well', 'Please', 'Thanks', 'Thank', 'Dear', 'Hi', 'Hello', 'Let', 'Do',
  'Does', 'Did', 'Is', 'Are', 'Was', 'Were', 'Will', 'Would', 'Can', 'Could', 'Should', 'May', 'Might', 'Must', 'Have', 'Has',
  'Had', 'Be', 'Being', 'Been', 'Just', 'Perhaps', 'Maybe', 'Already', 'Again', 'Almost', 'Apparently', 'Clearly', 'Certainly',
  'Notably', 'Specifically', 'Ultimately', 'Initially', 'Recently', 'Currently', 'Previously', 'Subsequently', 'Overall',
];

/** Calendar and other capitalised words that are never entities on their own. */
export const NON_ENTITY_WORDS: string[] = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May',
  'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug',
  'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'AM', 'PM', 'EST', 'EDT', 'GMT', 'UTC', 'PST', 'CET', 'KST', 'I', 'OK', 'TV', 'COVID',
  'COVID-19', 'Covid', 'Internet', 'Christmas', 'Easter', 'Ramadan', 'Eid', 'Thanksgiving', 'God', 'Mother', 'Mom', 'Dad',
  'Mrs', 'Mr', 'Ms', 'Dr', 'PDF', 'FAQ', 'CEO', 'CFO', 'GDP', 'ID', 'DNA', 'AI', 'FYI', 'LOL', 'OMG', 'ASAP', 'PS', 'NB', 'USD', 'EUR', 'IPO', 'CV', 'PhD', 'MBA', 'RSVP', 'URL', 'HTML', 'PC', 'TBA', 'ETA',
];

/** Family names written first (Korean, Chinese, Vietnamese): "Kim Jong Un" is "Kim" on second mention. */
export const FAMILY_NAME_FIRST: string[] = [
  'Kim', 'Lee', 'Park', 'Pak', 'Choe', 'Choi', 'Ri', 'Jang', 'Jung', 'Moon', 'Yoon', 'Han', 'Kang', 'Cho', 'Shin', 'Hwang',
  'Xi', 'Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Sun', 'Ma', 'Hu', 'Guo', 'Deng', 'Mao',
  'Nguyen', 'Tran', 'Pham', 'Hun', 'Wen', 'Jiang', 'Qin', 'Lin', 'Song', 'Yoo', 'Kwon', 'Ahn', 'Oh', 'Seo', 'Hong',
];

/** Verbs of speaking right after a name: evidence for a person (or an organisation acting as a speaker). */
export const SPEECH_VERBS: string[] = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'wrote', 'writes', 'noted', 'argued', 'warned', 'claimed',
  'insisted', 'explained', 'announced', 'declared', 'confirmed', 'denied', 'replied', 'asked', 'tweeted', 'posted',
  'recalled', 'acknowledged', 'admitted', 'urged', 'vowed', 'pledged', 'promised', 'thanked', 'praised', 'criticized',
  'criticised', 'met', 'visited', 'traveled', 'travelled', 'has', 'had', 'was', 'is', 'who', 'himself', 'herself',
];

/** Prepositions that usually introduce a place ("in Moscow", "from Kyiv"). */
export const PLACE_PREPOSITIONS: string[] = ['in', 'from', 'near', 'across', 'outside', 'inside', 'throughout'];
