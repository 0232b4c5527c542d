PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE metadata (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO metadata VALUES('format','clusterscope-workspace');
INSERT INTO metadata VALUES('title.en','Shenzhen strategic emerging industries');
INSERT INTO metadata VALUES('title.zh','深圳战略性新兴产业');
INSERT INTO metadata VALUES('version','2');
CREATE TABLE sources (
  key        INTEGER PRIMARY KEY,
  id         TEXT NOT NULL,
  title      TEXT NOT NULL,
  label_zh   TEXT,
  label_en   TEXT,
  publisher  TEXT,
  date       TEXT,
  reference  TEXT,
  confidence TEXT NOT NULL,
  note       TEXT
);
INSERT INTO sources VALUES(1,'xinhua-2023-11-shenzhen-sei','新华社：深圳战略性新兴产业报道（向新·向实·向未来）','新华社','Xinhua','新华社 Xinhua News Agency','2023-11','shared/seeds/000_fdcd07c0151c0e94.txt','primary','Descriptive title; the seed text carries section heads 向新/向实/向未来 but no headline. Published shortly after 2023-11-24.');
INSERT INTO sources VALUES(2,'apppk-2019-01-19','Shenzhen''s strategic emerging industries report (APP/Xinhua)','巴基斯坦观察家报（转引APP/新华社）','Pakistan Observer (APP/Xinhua)','APP/Xinhua via Pakistan Observer','2019-01-19','Pakistan Observer, 2019-01-19','secondary','News report quoting official 2018 figures; values are approximate ("about").');
INSERT INTO sources VALUES(3,'szgov-sei-page-2020','Strategic Emerging Industries','深圳市政府门户网站','Shenzhen Government portal','Shenzhen Municipal Government portal (Commerce Bureau)','2020-11-10','Shenzhen Municipal Government portal, English page "Strategic Emerging Industries" (Commerce Bureau), updated 2020-11-10','official-copy','English-language government page; gives full-year 2019 figures.');
INSERT INTO sources VALUES(4,'shenzhen-daily-2023-01-30','Shenzhen Daily report on 2022 strategic emerging industries figures','深圳日报','Shenzhen Daily','Shenzhen Daily (eyeshenzhen)','2023-01-30','Shenzhen Daily (eyeshenzhen), 2023-01-30','secondary','Rounded figures: "more than 1.3 trillion yuan", "over 40%".');
INSERT INTO sources VALUES(5,'szgov-sei-2023-results','Shenzhen government page on 2023 strategic emerging industries results','深圳市人民政府','Shenzhen Municipal Government','深圳市人民政府 Shenzhen Municipal People''s Government',NULL,'sz.gov.cn post 11506600; read through its French and Japanese copies','official-copy','The seven category figures sum to 14489.67 亿元, 30.76 亿元 (0.2%) short of the published 14520.43 亿元 total; both kept as published.');
INSERT INTO sources VALUES(6,'szgov-20-8-opinions-2022','《深圳市人民政府关于发展壮大战略性新兴产业集群和培育发展未来产业的意见》','深圳市人民政府','Shenzhen Municipal Government','深圳市人民政府 Shenzhen Municipal People''s Government','2022-06-06',NULL,'official-copy','Defines the "20+8" taxonomy (2022 edition; the list was revised in 2024) and the 2025 target of SEI added value above 1.5 trillion yuan.');
CREATE TABLE subjects (
  key               INTEGER PRIMARY KEY,
  id                TEXT NOT NULL,
  kind              TEXT NOT NULL,
  name_zh           TEXT,
  name_en           TEXT,
  parent            INTEGER REFERENCES subjects(key),
  parent_unresolved TEXT
);
INSERT INTO subjects VALUES(1,'shenzhen','region','深圳','Shenzhen',NULL,NULL);
INSERT INTO subjects VALUES(2,'byd','company','比亚迪','BYD',NULL,NULL);
INSERT INTO subjects VALUES(3,'huawei','company','华为','Huawei',NULL,NULL);
INSERT INTO subjects VALUES(4,'hanno-medical','company','深圳汉诺医疗科技有限公司','Hanno Medical',NULL,NULL);
INSERT INTO subjects VALUES(5,'standard-robots','company','斯坦德机器人（深圳）有限公司','Standard Robots',NULL,NULL);
INSERT INTO subjects VALUES(6,'guangming-science-city','place','光明科学城','Guangming Science City',1,NULL);
INSERT INTO subjects VALUES(7,'xili-lake-science-city','place','西丽湖国际科教城','Xili Lake International Science and Education City',1,NULL);
INSERT INTO subjects VALUES(8,'synbio-facility','place','合成生物研究大科学装置','Synthetic biology research facility',6,NULL);
CREATE TABLE taxonomy (
  key               INTEGER PRIMARY KEY CHECK (key = 1),
  id                TEXT NOT NULL,
  edition           TEXT NOT NULL,
  title_zh          TEXT,
  title_en          TEXT,
  source            INTEGER REFERENCES sources(key),
  source_unresolved TEXT
);
INSERT INTO taxonomy VALUES(1,'shenzhen-20-8','2022','深圳“20+8”产业集群','Shenzhen "20+8" industry clusters',6,NULL);
CREATE TABLE taxonomy_nodes (
  key      INTEGER PRIMARY KEY,
  kind     TEXT NOT NULL,
  category INTEGER REFERENCES taxonomy_nodes(key),
  id       TEXT NOT NULL,
  name_zh  TEXT,
  name_en  TEXT,
  note     TEXT
);
INSERT INTO taxonomy_nodes VALUES(1,'category',NULL,'electronic-information','新一代电子信息','new-generation electronic information',NULL);
INSERT INTO taxonomy_nodes VALUES(2,'cluster',1,'network-communications','网络与通信','network & communications',NULL);
INSERT INTO taxonomy_nodes VALUES(3,'cluster',1,'semiconductors-ics','半导体与集成电路','semiconductors & integrated circuits',NULL);
INSERT INTO taxonomy_nodes VALUES(4,'cluster',1,'ultra-hd-display','超高清视频显示','ultra-HD video display',NULL);
INSERT INTO taxonomy_nodes VALUES(5,'cluster',1,'smart-terminals','智能终端','smart terminals',NULL);
INSERT INTO taxonomy_nodes VALUES(6,'cluster',1,'smart-sensors','智能传感器','smart sensors',NULL);
INSERT INTO taxonomy_nodes VALUES(7,'category',NULL,'digital-fashion','数字与时尚','digital and fashion',NULL);
INSERT INTO taxonomy_nodes VALUES(8,'cluster',7,'software-info-services','软件与信息服务','software & information services',NULL);
INSERT INTO taxonomy_nodes VALUES(9,'cluster',7,'digital-creative','数字创意','digital creative',NULL);
INSERT INTO taxonomy_nodes VALUES(10,'cluster',7,'modern-fashion','现代时尚','modern fashion',NULL);
INSERT INTO taxonomy_nodes VALUES(11,'category',NULL,'high-end-equipment','高端装备制造','high-end equipment manufacturing',NULL);
INSERT INTO taxonomy_nodes VALUES(12,'cluster',11,'industrial-machine-tools','工业母机','industrial machine tools',NULL);
INSERT INTO taxonomy_nodes VALUES(13,'cluster',11,'intelligent-robots','智能机器人','intelligent robots',NULL);
INSERT INTO taxonomy_nodes VALUES(14,'cluster',11,'laser-additive-manufacturing','激光与增材制造','laser & additive manufacturing',NULL);
INSERT INTO taxonomy_nodes VALUES(15,'cluster',11,'precision-instruments','精密仪器设备','precision instruments & equipment',NULL);
INSERT INTO taxonomy_nodes VALUES(16,'category',NULL,'green-low-carbon','绿色低碳','green and low-carbon',NULL);
INSERT INTO taxonomy_nodes VALUES(17,'cluster',16,'new-energy','新能源','new energy',NULL);
INSERT INTO taxonomy_nodes VALUES(18,'cluster',16,'safety-energy-environmental','安全节能环保','safety, energy-saving & environmental protection',NULL);
INSERT INTO taxonomy_nodes VALUES(19,'cluster',16,'intelligent-connected-vehicles','智能网联汽车','intelligent connected vehicles','includes new-energy vehicles');
INSERT INTO taxonomy_nodes VALUES(20,'category',NULL,'new-materials','新材料','new materials',NULL);
INSERT INTO taxonomy_nodes VALUES(21,'cluster',20,'new-materials-cluster','新材料','new materials',NULL);
INSERT INTO taxonomy_nodes VALUES(22,'category',NULL,'biomedicine-health','生物医药与健康','biomedicine and health',NULL);
INSERT INTO taxonomy_nodes VALUES(23,'cluster',22,'high-end-medical-devices','高端医疗器械','high-end medical devices',NULL);
INSERT INTO taxonomy_nodes VALUES(24,'cluster',22,'biomedicine','生物医药','biomedicine',NULL);
INSERT INTO taxonomy_nodes VALUES(25,'cluster',22,'big-health','大健康','big health',NULL);
INSERT INTO taxonomy_nodes VALUES(26,'category',NULL,'marine-economy','海洋经济','marine economy',NULL);
INSERT INTO taxonomy_nodes VALUES(27,'cluster',26,'marine-industry','海洋产业','marine industry',NULL);
INSERT INTO taxonomy_nodes VALUES(28,'future-industry',NULL,'synthetic-biology','合成生物','synthetic biology',NULL);
INSERT INTO taxonomy_nodes VALUES(29,'future-industry',NULL,'blockchain','区块链','blockchain',NULL);
INSERT INTO taxonomy_nodes VALUES(30,'future-industry',NULL,'cells-genes','细胞与基因','cells & genes',NULL);
INSERT INTO taxonomy_nodes VALUES(31,'future-industry',NULL,'aerospace','空天技术','aerospace technology',NULL);
INSERT INTO taxonomy_nodes VALUES(32,'future-industry',NULL,'brain-science','脑科学与类脑智能','brain science & brain-like intelligence',NULL);
INSERT INTO taxonomy_nodes VALUES(33,'future-industry',NULL,'deep-earth-sea','深地深海','deep earth & deep sea',NULL);
INSERT INTO taxonomy_nodes VALUES(34,'future-industry',NULL,'visible-light-optical-computing','可见光通信与光计算','visible-light communication & optical computing',NULL);
INSERT INTO taxonomy_nodes VALUES(35,'future-industry',NULL,'quantum-information','量子信息','quantum information',NULL);
CREATE TABLE indicators (
  key                  INTEGER PRIMARY KEY,
  id                   TEXT NOT NULL,
  name_zh              TEXT,
  name_en              TEXT,
  subject              INTEGER REFERENCES subjects(key),
  subject_unresolved   TEXT,
  cluster              INTEGER REFERENCES taxonomy_nodes(key),
  cluster_unresolved   TEXT,
  unit                 TEXT NOT NULL,
  measure              TEXT NOT NULL,
  part_of              INTEGER REFERENCES indicators(key),
  part_of_unresolved   TEXT,
  growth_of            INTEGER REFERENCES indicators(key),
  growth_of_unresolved TEXT,
  note                 TEXT
);
INSERT INTO indicators VALUES(1,'byd-nev-cumulative-production','比亚迪新能源汽车累计产量','BYD cumulative new-energy vehicle output',2,NULL,NULL,NULL,'liang','cumulative',NULL,NULL,NULL,NULL,'Cumulative total at the roll-off of the 6,000,000th new-energy vehicle.');
INSERT INTO indicators VALUES(2,'byd-first-million-duration','比亚迪第一个100万辆新能源汽车用时','BYD: time taken for the first million new-energy vehicles',2,NULL,NULL,NULL,'year','duration',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(3,'byd-sixth-million-duration','比亚迪第六个100万辆新能源汽车用时','BYD: time taken for the sixth million new-energy vehicles',2,NULL,NULL,NULL,'month','duration',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(4,'nev-production-growth','新能源汽车产量增速','New-energy vehicle output growth',1,NULL,19,NULL,'percent','growth',NULL,NULL,NULL,NULL,'Statistic from the Shenzhen Municipal Bureau of Statistics (深圳市统计局), as quoted by the article.');
INSERT INTO indicators VALUES(5,'sei-cluster-count','战略性新兴产业集群数量','Number of strategic emerging industry clusters',1,NULL,NULL,NULL,'ge','count',NULL,NULL,NULL,NULL,'The "20" of the "20+8" policy (2022).');
INSERT INTO indicators VALUES(6,'future-industry-count','未来产业数量','Number of future industries',1,NULL,NULL,NULL,'ge','count',NULL,NULL,NULL,NULL,'The "8" of the "20+8" policy (2022).');
INSERT INTO indicators VALUES(7,'sei-added-value','战略性新兴产业增加值','Strategic emerging industries added value',1,NULL,NULL,NULL,'yi-yuan','level',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(8,'sei-added-value-growth','战略性新兴产业增加值增速','Strategic emerging industries added value growth',1,NULL,NULL,NULL,'percent','growth',NULL,NULL,7,NULL,NULL);
INSERT INTO indicators VALUES(9,'sei-gdp-share','战略性新兴产业增加值占GDP比重','Strategic emerging industries share of GDP',1,NULL,NULL,NULL,'percent','share',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(10,'hanno-ecmo-patents','国产ECMO产品申请专利数','Domestic ECMO product: patents applied for',4,NULL,23,NULL,'xiang','count',NULL,NULL,NULL,NULL,'Patents applied for during development of the domestic ECMO product (per academician Zheng Hairong).');
INSERT INTO indicators VALUES(11,'hanno-ecmo-national-standards','国产ECMO产品制定国家标准数','Domestic ECMO product: national standards drawn up',4,NULL,23,NULL,'xiang','count',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(12,'hanno-ecmo-enterprise-standards','国产ECMO产品制定企业标准数','Domestic ECMO product: enterprise standards drawn up',4,NULL,23,NULL,'xiang','count',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(13,'high-end-medical-devices-added-value-growth','高端医疗器械产业集群增加值增速','High-end medical devices cluster added value growth',1,NULL,23,NULL,'percent','growth',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(14,'high-tech-manufacturing-investment-growth','高技术制造业投资增速','High-tech manufacturing investment growth',1,NULL,NULL,NULL,'percent','growth',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(15,'electronics-communications-investment-growth','电子及通信设备制造投资增速','Electronic and communications equipment manufacturing investment growth',1,NULL,NULL,NULL,'percent','growth',NULL,NULL,NULL,NULL,'Part of high-tech manufacturing investment (其中).');
INSERT INTO indicators VALUES(16,'huawei-revenue','华为销售收入','Huawei sales revenue',3,NULL,NULL,NULL,'yi-yuan','level',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(17,'huawei-revenue-growth','华为销售收入增速','Huawei sales revenue growth',3,NULL,NULL,NULL,'percent','growth',NULL,NULL,16,NULL,NULL);
INSERT INTO indicators VALUES(18,'huawei-net-profit-margin','华为净利润率','Huawei net profit margin',3,NULL,NULL,NULL,'percent','ratio',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(19,'factory-space-target','“工业上楼”每年推出厂房空间目标','"Industry upstairs" factory space offered per year (target)',1,NULL,NULL,NULL,'wan-sqm','target',NULL,NULL,NULL,NULL,'工业上楼 ("industry upstairs") plan: at least this much factory space offered each year for five consecutive years.');
INSERT INTO indicators VALUES(20,'standard-robots-robots-delivered','斯坦德机器人累计交付机器人数','Standard Robots: robots delivered (cumulative)',5,NULL,13,NULL,'ge','cumulative',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(21,'rd-intensity','研发投入强度','R&D intensity (R&D spending as share of GDP)',1,NULL,NULL,NULL,'percent','ratio',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(22,'enterprise-rd-share','企业研发投入占比','Enterprise share of R&D spending',1,NULL,NULL,NULL,'percent','share',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(23,'listed-companies','上市企业数量','Listed companies',1,NULL,NULL,NULL,'jia','count',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(24,'little-giant-firms','国家级专精特新“小巨人”企业数量','National specialised and innovative "little giant" firms',1,NULL,NULL,NULL,'jia','count',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(25,'guangming-synbio-firms','光明科学城合成生物研发企业数量','Guangming Science City: synthetic biology R&D firms',6,NULL,28,NULL,'jia','count',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(26,'guangming-synbio-valuation','光明科学城合成生物企业总估值','Guangming Science City: total valuation of synthetic biology firms',6,NULL,28,NULL,'yi-yuan','level',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(27,'synbio-facility-construction-time','合成生物研究大科学装置建设用时','Synthetic biology research facility: construction time',8,NULL,28,NULL,'year','duration',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(28,'xili-students','西丽湖国际科教城在校生','Xili Lake: enrolled students',7,NULL,NULL,NULL,'wan-ming','count',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(29,'xili-staff','西丽湖国际科教城教职工','Xili Lake: teaching and administrative staff',7,NULL,NULL,NULL,'wan-ming','count',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(30,'xili-postdocs','西丽湖国际科教城在站博士后','Xili Lake: postdoctoral researchers in residence',7,NULL,NULL,NULL,'ming','count',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(31,'xili-high-tech-enterprises','西丽湖国际科教城国家高新技术企业','Xili Lake: national high-tech enterprises',7,NULL,NULL,NULL,'jia','count',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(32,'gdp-growth','地区生产总值增速','GDP growth',1,NULL,NULL,NULL,'percent','growth',NULL,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(33,'electronic-information-added-value','新一代电子信息产业增加值','New-generation electronic information: added value',1,NULL,1,NULL,'yi-yuan','level',7,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(34,'electronic-information-added-value-growth','新一代电子信息产业增加值增速','New-generation electronic information: added value growth',1,NULL,1,NULL,'percent','growth',NULL,NULL,33,NULL,NULL);
INSERT INTO indicators VALUES(35,'digital-fashion-added-value','数字与时尚产业增加值','Digital and fashion: added value',1,NULL,7,NULL,'yi-yuan','level',7,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(36,'digital-fashion-added-value-growth','数字与时尚产业增加值增速','Digital and fashion: added value growth',1,NULL,7,NULL,'percent','growth',NULL,NULL,35,NULL,NULL);
INSERT INTO indicators VALUES(37,'green-low-carbon-added-value','绿色低碳产业增加值','Green and low-carbon: added value',1,NULL,16,NULL,'yi-yuan','level',7,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(38,'green-low-carbon-added-value-growth','绿色低碳产业增加值增速','Green and low-carbon: added value growth',1,NULL,16,NULL,'percent','growth',NULL,NULL,37,NULL,NULL);
INSERT INTO indicators VALUES(39,'marine-economy-added-value','海洋经济产业增加值','Marine economy: added value',1,NULL,26,NULL,'yi-yuan','level',7,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(40,'biomedicine-health-added-value','生物医药与健康产业增加值','Biomedicine and health: added value',1,NULL,22,NULL,'yi-yuan','level',7,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(41,'high-end-equipment-added-value','高端装备制造产业增加值','High-end equipment manufacturing: added value',1,NULL,11,NULL,'yi-yuan','level',7,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(42,'high-end-equipment-added-value-growth','高端装备制造产业增加值增速','High-end equipment manufacturing: added value growth',1,NULL,11,NULL,'percent','growth',NULL,NULL,41,NULL,NULL);
INSERT INTO indicators VALUES(43,'new-materials-added-value','新材料产业增加值','New materials: added value',1,NULL,20,NULL,'yi-yuan','level',7,NULL,NULL,NULL,NULL);
INSERT INTO indicators VALUES(44,'new-materials-added-value-growth','新材料产业增加值增速','New materials: added value growth',1,NULL,20,NULL,'percent','growth',NULL,NULL,43,NULL,NULL);
INSERT INTO indicators VALUES(45,'sei-added-value-target','战略性新兴产业增加值目标','Strategic emerging industries added value target',1,NULL,NULL,NULL,'yi-yuan','target',NULL,NULL,NULL,NULL,'Target set by the 2022 "20+8" opinions.');
CREATE TABLE source_rows (
  key    INTEGER PRIMARY KEY,
  file   TEXT,
  line   INTEGER NOT NULL,
  cells  BLOB NOT NULL,
  header INTEGER REFERENCES source_rows(key)
);
CREATE TABLE observations (
  key                  INTEGER PRIMARY KEY,
  id                   TEXT NOT NULL,
  indicator            INTEGER REFERENCES indicators(key),
  indicator_unresolved TEXT,
  subject              INTEGER REFERENCES subjects(key),
  subject_unresolved   TEXT,
  period_step          TEXT,
  period_kind          TEXT,
  period_first         INTEGER,
  period_last          INTEGER,
  value                REAL NOT NULL,
  qualifier            TEXT,
  source               INTEGER REFERENCES sources(key),
  source_unresolved    TEXT,
  quote                TEXT,
  source_row           INTEGER REFERENCES source_rows(key),
  source_column        INTEGER,
  note                 TEXT,
  derived              INTEGER NOT NULL DEFAULT 0
);
INSERT INTO observations VALUES(1,'obs-byd-nev-cumulative-production-2023-11-24-xinhua',1,NULL,NULL,NULL,'day','day',20231124,20231124,6000000.0,NULL,1,NULL,'11月 24日，总部位于深圳的比亚迪公司宣布，第 600万辆新能源汽车下线。',NULL,NULL,'The 6,000,000th new-energy vehicle rolled off the line on 24 November.',0);
INSERT INTO observations VALUES(2,'obs-byd-first-million-duration-na-xinhua',2,NULL,NULL,NULL,NULL,NULL,NULL,NULL,13.0,NULL,1,NULL,'第一个“100 万辆”用时 13 年，最近的第六个“100 万辆”仅用时 3个多月。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(3,'obs-byd-sixth-million-duration-na-xinhua',3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3.0,'>',1,NULL,'第一个“100 万辆”用时 13 年，最近的第六个“100 万辆”仅用时 3个多月。',NULL,NULL,'3个多月: a little over 3 months.',0);
INSERT INTO observations VALUES(4,'obs-nev-production-growth-2023-q1-2023-q3-xinhua',4,NULL,NULL,NULL,'quarter','year-to-date',20230101,20230930,125.79999999999999715,NULL,1,NULL,'深圳市统计局数据显示，今年前三季度，深圳新能源汽车产量增长 125.8％。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(5,'obs-sei-cluster-count-2022-xinhua',5,NULL,NULL,NULL,'year','year',20220101,20221231,20.0,NULL,1,NULL,'2022 年，深圳出台《关于发展壮大战略性新兴产业集群和培育发展未来产业的意见》，培育发展壮大“20＋8”产业集群，即发展以先进制造业为主体的 20 个战略性新兴产业集群，前瞻布局 8大未来产业。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(6,'obs-future-industry-count-2022-xinhua',6,NULL,NULL,NULL,'year','year',20220101,20221231,8.0,NULL,1,NULL,'2022 年，深圳出台《关于发展壮大战略性新兴产业集群和培育发展未来产业的意见》，培育发展壮大“20＋8”产业集群，即发展以先进制造业为主体的 20 个战略性新兴产业集群，前瞻布局 8大未来产业。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(7,'obs-sei-added-value-2023-q1-2023-q3-xinhua',7,NULL,NULL,NULL,'quarter','year-to-date',20230101,20230930,10393.389999999999418,NULL,1,NULL,'今年前三季度，深圳战略性新兴产业增加值达 10393.39 亿元、增长 8.3％，占 GDP 比重从2019 年 的 37.7％ 、2022 年 的41.1％，进一步提升至 42.5％。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(8,'obs-sei-added-value-growth-2023-q1-2023-q3-xinhua',8,NULL,NULL,NULL,'quarter','year-to-date',20230101,20230930,8.3000000000000007105,NULL,1,NULL,'今年前三季度，深圳战略性新兴产业增加值达 10393.39 亿元、增长 8.3％，占 GDP 比重从2019 年 的 37.7％ 、2022 年 的41.1％，进一步提升至 42.5％。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(9,'obs-sei-gdp-share-2019-xinhua',9,NULL,NULL,NULL,'year','year',20190101,20191231,37.700000000000002842,NULL,1,NULL,'今年前三季度，深圳战略性新兴产业增加值达 10393.39 亿元、增长 8.3％，占 GDP 比重从2019 年 的 37.7％ 、2022 年 的41.1％，进一步提升至 42.5％。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(10,'obs-sei-gdp-share-2022-xinhua',9,NULL,NULL,NULL,'year','year',20220101,20221231,41.100000000000001419,NULL,1,NULL,'今年前三季度，深圳战略性新兴产业增加值达 10393.39 亿元、增长 8.3％，占 GDP 比重从2019 年 的 37.7％ 、2022 年 的41.1％，进一步提升至 42.5％。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(11,'obs-sei-gdp-share-2023-q1-2023-q3-xinhua',9,NULL,NULL,NULL,'quarter','year-to-date',20230101,20230930,42.5,NULL,1,NULL,'今年前三季度，深圳战略性新兴产业增加值达 10393.39 亿元、增长 8.3％，占 GDP 比重从2019 年 的 37.7％ 、2022 年 的41.1％，进一步提升至 42.5％。',NULL,NULL,'Year-to-date share (2023 Q1–Q3); the full-year 2023 share is a different period.',0);
INSERT INTO observations VALUES(12,'obs-hanno-ecmo-patents-na-xinhua',10,NULL,NULL,NULL,NULL,NULL,NULL,NULL,85.0,NULL,1,NULL,'参与研发的中国科学院院士、国家高性能医疗器械创新中心主任郑海荣说，ECMO 产品的成功国产化经过了艰苦攻关，共申请专利 85 项，制定国家标准 3项、企业标准 5项，国产 ECMO产品的面世标志着我国高端医疗设备国产化取得了重大突破。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(13,'obs-hanno-ecmo-national-standards-na-xinhua',11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3.0,NULL,1,NULL,'参与研发的中国科学院院士、国家高性能医疗器械创新中心主任郑海荣说，ECMO 产品的成功国产化经过了艰苦攻关，共申请专利 85 项，制定国家标准 3项、企业标准 5项，国产 ECMO产品的面世标志着我国高端医疗设备国产化取得了重大突破。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(14,'obs-hanno-ecmo-enterprise-standards-na-xinhua',12,NULL,NULL,NULL,NULL,NULL,NULL,NULL,5.0,NULL,1,NULL,'参与研发的中国科学院院士、国家高性能医疗器械创新中心主任郑海荣说，ECMO 产品的成功国产化经过了艰苦攻关，共申请专利 85 项，制定国家标准 3项、企业标准 5项，国产 ECMO产品的面世标志着我国高端医疗设备国产化取得了重大突破。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(15,'obs-high-end-medical-devices-added-value-growth-2023-q1-2023-q3-xinhua',13,NULL,NULL,NULL,'quarter','year-to-date',20230101,20230930,9.4000000000000003552,NULL,1,NULL,'前三季度，深圳 20 个战略性新兴产业集群之一的高端医疗器械产业集群增加值增长 9.4％。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(16,'obs-high-tech-manufacturing-investment-growth-2023-q1-2023-q3-xinhua',14,NULL,NULL,NULL,'quarter','year-to-date',20230101,20230930,73.700000000000002843,NULL,1,NULL,'今年前三季度，深圳高技术制造业投资同比增长 73.7％，其中，电子及通信设备制造投资增长 75.9％。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(17,'obs-electronics-communications-investment-growth-2023-q1-2023-q3-xinhua',15,NULL,NULL,NULL,'quarter','year-to-date',20230101,20230930,75.900000000000005682,NULL,1,NULL,'今年前三季度，深圳高技术制造业投资同比增长 73.7％，其中，电子及通信设备制造投资增长 75.9％。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(18,'obs-huawei-revenue-2023-q1-2023-q3-xinhua',16,NULL,NULL,NULL,'quarter','year-to-date',20230101,20230930,4566.0,NULL,1,NULL,'华为前三季度经营业绩显示，公司实现销售收入 4566 亿元、同比增长 2.4％，净利润率为 16％。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(19,'obs-huawei-revenue-growth-2023-q1-2023-q3-xinhua',17,NULL,NULL,NULL,'quarter','year-to-date',20230101,20230930,2.3999999999999999111,NULL,1,NULL,'华为前三季度经营业绩显示，公司实现销售收入 4566 亿元、同比增长 2.4％，净利润率为 16％。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(20,'obs-huawei-net-profit-margin-2023-q1-2023-q3-xinhua',18,NULL,NULL,NULL,'quarter','year-to-date',20230101,20230930,16.0,NULL,1,NULL,'华为前三季度经营业绩显示，公司实现销售收入 4566 亿元、同比增长 2.4％，净利润率为 16％。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(21,'obs-factory-space-target-na-xinhua',19,NULL,NULL,NULL,NULL,NULL,NULL,NULL,2000.0,'>=',1,NULL,'记者了解到，深圳计划通过“工业上楼”，连续 5 年每年推出不少于 2000 万平方米的厂房空间，向企业提供高品质、低成本、定制化的产业空间。',NULL,NULL,'Each year, for five consecutive years.',0);
INSERT INTO observations VALUES(22,'obs-standard-robots-robots-delivered-2023-11-xinhua',20,NULL,NULL,NULL,'month','month',20231101,20231130,6000.0,'>',1,NULL,'斯坦德机器人（深圳）有限公司创始人王永锟怀揣着这样的目标，从无到有进军工业物流机器人行业，如今公司已累计交付超 6000个机器人，今年年中成为第五批国家级专精特新“小巨人”企业。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(23,'obs-rd-intensity-2022-xinhua',21,NULL,NULL,NULL,'year','year',20220101,20221231,5.8099999999999996092,NULL,1,NULL,'统计数据显示，2022 年深圳研发投入强度达 5.81％，其中企业研发投入占比达 94.9％。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(24,'obs-enterprise-rd-share-2022-xinhua',22,NULL,NULL,NULL,'year','year',20220101,20221231,94.900000000000005687,NULL,1,NULL,'统计数据显示，2022 年深圳研发投入强度达 5.81％，其中企业研发投入占比达 94.9％。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(25,'obs-listed-companies-2023-11-xinhua',23,NULL,NULL,NULL,'month','month',20231101,20231130,500.0,'>',1,NULL,'目前，深圳已有上市企业 500 多家，国家级专精特新“小巨人”企业742家，呈现数量多、活力足、创新能力强的特点。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(26,'obs-little-giant-firms-2023-11-xinhua',24,NULL,NULL,NULL,'month','month',20231101,20231130,742.0,NULL,1,NULL,'目前，深圳已有上市企业 500 多家，国家级专精特新“小巨人”企业742家，呈现数量多、活力足、创新能力强的特点。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(27,'obs-guangming-synbio-firms-2023-11-xinhua',25,NULL,NULL,NULL,'month','month',20231101,20231130,80.0,'>',1,NULL,'事实上，正如刘陈立所说，在大科学装置建设期间，其所在的光明科学城就已经汇聚了 80 多家合成生物领域的研发企业，总估值超过 270 亿元，一个拥有广阔前景的产业集群呼之欲出。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(28,'obs-guangming-synbio-valuation-2023-11-xinhua',26,NULL,NULL,NULL,'month','month',20231101,20231130,270.0,'>',1,NULL,'事实上，正如刘陈立所说，在大科学装置建设期间，其所在的光明科学城就已经汇聚了 80 多家合成生物领域的研发企业，总估值超过 270 亿元，一个拥有广阔前景的产业集群呼之欲出。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(29,'obs-synbio-facility-construction-time-na-xinhua',27,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3.0,'>',1,NULL,'在历经 3 年多时间的紧张建设后，位于深圳光明科学城合成生物研究大科学装置近日正式投入使用。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(30,'obs-xili-students-2023-11-xinhua',28,NULL,NULL,NULL,'month','month',20231101,20231130,6.2000000000000001776,NULL,1,NULL,'截至目前，这里汇聚了深圳的近半数高校和半数以上全职院士，拥有 6.2万名在校生、2.4万名教职工、超 2000 名在站博士后，国家高新技术企业超过 1100 家，初步形成了“基础研究＋技术攻关＋成果产业化＋科技金融＋人才支撑”全过程创新生态链条。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(31,'obs-xili-staff-2023-11-xinhua',29,NULL,NULL,NULL,'month','month',20231101,20231130,2.3999999999999999111,NULL,1,NULL,'截至目前，这里汇聚了深圳的近半数高校和半数以上全职院士，拥有 6.2万名在校生、2.4万名教职工、超 2000 名在站博士后，国家高新技术企业超过 1100 家，初步形成了“基础研究＋技术攻关＋成果产业化＋科技金融＋人才支撑”全过程创新生态链条。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(32,'obs-xili-postdocs-2023-11-xinhua',30,NULL,NULL,NULL,'month','month',20231101,20231130,2000.0,'>',1,NULL,'截至目前，这里汇聚了深圳的近半数高校和半数以上全职院士，拥有 6.2万名在校生、2.4万名教职工、超 2000 名在站博士后，国家高新技术企业超过 1100 家，初步形成了“基础研究＋技术攻关＋成果产业化＋科技金融＋人才支撑”全过程创新生态链条。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(33,'obs-xili-high-tech-enterprises-2023-11-xinhua',31,NULL,NULL,NULL,'month','month',20231101,20231130,1100.0,'>',1,NULL,'截至目前，这里汇聚了深圳的近半数高校和半数以上全职院士，拥有 6.2万名在校生、2.4万名教职工、超 2000 名在站博士后，国家高新技术企业超过 1100 家，初步形成了“基础研究＋技术攻关＋成果产业化＋科技金融＋人才支撑”全过程创新生态链条。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(34,'obs-gdp-growth-2023-q1-2023-q3-xinhua',32,NULL,NULL,NULL,'quarter','year-to-date',20230101,20230930,5.4000000000000003552,NULL,1,NULL,'今年前三季度，在战略性新兴产业增加值增长8.3％的带动下，深圳地区生产总值增长5.4％。',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(35,'obs-sei-added-value-2018-apppk',7,NULL,NULL,NULL,'year','year',20180101,20181231,9150.0,'~',2,NULL,'| 2018 | SEI added value | about 9150 亿元 ("915 billion yuan"), +8.5% | APP/Xinhua via Pakistan Observer, 2019-01-19 | secondary |',NULL,NULL,'about 915 billion yuan',0);
INSERT INTO observations VALUES(36,'obs-sei-added-value-growth-2018-apppk',8,NULL,NULL,NULL,'year','year',20180101,20181231,8.5,NULL,2,NULL,'| 2018 | SEI added value | about 9150 亿元 ("915 billion yuan"), +8.5% | APP/Xinhua via Pakistan Observer, 2019-01-19 | secondary |',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(37,'obs-sei-gdp-share-2018-apppk',9,NULL,NULL,NULL,'year','year',20180101,20181231,37.0,'~',2,NULL,'| 2018 | SEI share of GDP | about 37% | same | secondary |',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(38,'obs-sei-added-value-2019-szgov2020',7,NULL,NULL,NULL,'year','year',20190101,20191231,10155.510000000000218,NULL,3,NULL,'| 2019 | SEI added value | 10155.51 亿元, +8.8% | Shenzhen Municipal Government portal, English page "Strategic Emerging Industries" (Commerce Bureau), updated 2020-11-10 | official-copy |',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(39,'obs-sei-added-value-growth-2019-szgov2020',8,NULL,NULL,NULL,'year','year',20190101,20191231,8.8000000000000007105,NULL,3,NULL,'| 2019 | SEI added value | 10155.51 亿元, +8.8% | Shenzhen Municipal Government portal, English page "Strategic Emerging Industries" (Commerce Bureau), updated 2020-11-10 | official-copy |',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(40,'obs-sei-gdp-share-2019-szgov2020',9,NULL,NULL,NULL,'year','year',20190101,20191231,37.700000000000002842,NULL,3,NULL,'| 2019 | SEI share of GDP | 37.7% | same (agrees with the article) | official-copy |',NULL,NULL,'Agrees with the article.',0);
INSERT INTO observations VALUES(41,'obs-sei-added-value-2022-szdaily',7,NULL,NULL,NULL,'year','year',20220101,20221231,13000.0,'>',4,NULL,'| 2022 | SEI added value | more than 1.3 trillion yuan (> 13000 亿元) | Shenzhen Daily (eyeshenzhen), 2023-01-30 | secondary |',NULL,NULL,'more than 1.3 trillion yuan',0);
INSERT INTO observations VALUES(42,'obs-sei-gdp-share-2022-szdaily',9,NULL,NULL,NULL,'year','year',20220101,20221231,40.0,'>',4,NULL,'| 2022 | SEI share of GDP | 41.1% | the article (primary); Shenzhen Daily says "over 40%" | primary |',NULL,NULL,'"over 40%"; the article gives 41.1% for 2022.',0);
INSERT INTO observations VALUES(43,'obs-sei-added-value-2023-szgov2023',7,NULL,NULL,NULL,'year','year',20230101,20231231,14520.43000000000029,NULL,5,NULL,'| 2023 | SEI added value | 14520.43 亿元, +8.8% | Shenzhen government page on 2023 SEI results (sz.gov.cn, post 11506600; read through its French and Japanese copies) | official-copy |',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(44,'obs-sei-added-value-growth-2023-szgov2023',8,NULL,NULL,NULL,'year','year',20230101,20231231,8.8000000000000007105,NULL,5,NULL,'| 2023 | SEI added value | 14520.43 亿元, +8.8% | Shenzhen government page on 2023 SEI results (sz.gov.cn, post 11506600; read through its French and Japanese copies) | official-copy |',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(45,'obs-sei-gdp-share-2023-szgov2023',9,NULL,NULL,NULL,'year','year',20230101,20231231,41.899999999999998578,NULL,5,NULL,'| 2023 | SEI share of GDP | 41.9% | same | official-copy |',NULL,NULL,'Full-year 2023 share; the article''s 42.5% is for 2023 Q1–Q3.',0);
INSERT INTO observations VALUES(46,'obs-electronic-information-added-value-2023-szgov2023',33,NULL,NULL,NULL,'year','year',20230101,20231231,5717.1199999999998907,NULL,5,NULL,'| 新一代电子信息 | new-generation electronic information | 5717.12 | +3.1% |',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(47,'obs-electronic-information-added-value-growth-2023-szgov2023',34,NULL,NULL,NULL,'year','year',20230101,20231231,3.1000000000000000888,NULL,5,NULL,'| 新一代电子信息 | new-generation electronic information | 5717.12 | +3.1% |',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(48,'obs-digital-fashion-added-value-2023-szgov2023',35,NULL,NULL,NULL,'year','year',20230101,20231231,4099.0100000000002184,NULL,5,NULL,'| 数字与时尚 | digital and fashion | 4099.01 | +18.3% |',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(49,'obs-digital-fashion-added-value-growth-2023-szgov2023',36,NULL,NULL,NULL,'year','year',20230101,20231231,18.30000000000000071,NULL,5,NULL,'| 数字与时尚 | digital and fashion | 4099.01 | +18.3% |',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(50,'obs-green-low-carbon-added-value-2023-szgov2023',37,NULL,NULL,NULL,'year','year',20230101,20231231,2213.5799999999999272,NULL,5,NULL,'| 绿色低碳 | green and low-carbon | 2213.58 | +16.9% |',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(51,'obs-green-low-carbon-added-value-growth-2023-szgov2023',38,NULL,NULL,NULL,'year','year',20230101,20231231,16.899999999999998578,NULL,5,NULL,'| 绿色低碳 | green and low-carbon | 2213.58 | +16.9% |',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(52,'obs-marine-economy-added-value-2023-szgov2023',39,NULL,NULL,NULL,'year','year',20230101,20231231,783.20000000000004549,NULL,5,NULL,'| 海洋经济 | marine economy | 783.20 | not published |',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(53,'obs-biomedicine-health-added-value-2023-szgov2023',40,NULL,NULL,NULL,'year','year',20230101,20231231,752.9900000000000091,NULL,5,NULL,'| 生物医药与健康 | biomedicine and health | 752.99 | not published |',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(54,'obs-high-end-equipment-added-value-2023-szgov2023',41,NULL,NULL,NULL,'year','year',20230101,20231231,571.20000000000004545,NULL,5,NULL,'| 高端装备制造 | high-end equipment manufacturing | 571.20 | +6.2% |',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(55,'obs-high-end-equipment-added-value-growth-2023-szgov2023',42,NULL,NULL,NULL,'year','year',20230101,20231231,6.2000000000000001776,NULL,5,NULL,'| 高端装备制造 | high-end equipment manufacturing | 571.20 | +6.2% |',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(56,'obs-new-materials-added-value-2023-szgov2023',43,NULL,NULL,NULL,'year','year',20230101,20231231,352.56999999999999318,NULL,5,NULL,'| 新材料 | new materials | 352.57 | +15.2% |',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(57,'obs-new-materials-added-value-growth-2023-szgov2023',44,NULL,NULL,NULL,'year','year',20230101,20231231,15.199999999999999289,NULL,5,NULL,'| 新材料 | new materials | 352.57 | +15.2% |',NULL,NULL,NULL,0);
INSERT INTO observations VALUES(58,'obs-sei-added-value-target-2025-szgov2022',45,NULL,NULL,NULL,'year','year',20250101,20251231,15000.0,'>',6,NULL,'Its 2025 target is SEI added value above 1.5 trillion yuan.',NULL,NULL,'above 1.5 trillion yuan',0);
CREATE TABLE observation_inputs (
  observation      INTEGER NOT NULL REFERENCES observations(key),
  position         INTEGER NOT NULL,
  input            INTEGER REFERENCES observations(key),
  input_unresolved TEXT,
  PRIMARY KEY (observation, position)
) WITHOUT ROWID;
CREATE TABLE charts (
  key  INTEGER PRIMARY KEY,
  id   TEXT NOT NULL,
  kind TEXT NOT NULL,
  spec TEXT NOT NULL
);
INSERT INTO charts VALUES(1,'sei-gdp-share','time-series','{"id":"sei-gdp-share","kind":"time-series","series":[{"axis":"left","indicator":"sei-gdp-share","label":{"en":"Xinhua report","zh":"新华社报道"},"sources":["xinhua-2023-11-shenzhen-sei"],"style":"bars"},{"axis":"left","indicator":"sei-gdp-share","label":{"en":"Full year (supplementary)","zh":"全年（补充资料）"},"periodKinds":["year"],"style":"line","visible":false}],"title":{"en":"Strategic emerging industries: share of GDP","zh":"战略性新兴产业增加值占GDP比重"}}');
INSERT INTO charts VALUES(2,'sei-added-value','time-series','{"id":"sei-added-value","kind":"time-series","series":[{"axis":"left","indicator":"sei-added-value","style":"bars"},{"axis":"right","indicator":"sei-added-value-growth","style":"line"}],"title":{"en":"Strategic emerging industries: added value and growth","zh":"战略性新兴产业增加值及增速"}}');
INSERT INTO charts VALUES(3,'growth-2023q1q3','growth-comparison','{"id":"growth-2023q1q3","kind":"growth-comparison","query":{"measure":"growth","period":"2023-Q1/2023-Q3","scope":"all"},"references":["gdp-growth","sei-added-value-growth"],"sort":"descending","title":{"en":"Growth rates, 2023 Q1–Q3","zh":"2023年前三季度增速比较"}}');
INSERT INTO charts VALUES(4,'sei-categories-2023','breakdown','{"id":"sei-categories-2023","kind":"breakdown","query":{"period":"2023","scope":"parts","total":"sei-added-value"},"sort":"descending","title":{"en":"SEI added value by category, 2023","zh":"2023年战略性新兴产业增加值（分类别）"},"view":"bars"}');
INSERT INTO charts VALUES(5,'clusters-20-8','taxonomy','{"id":"clusters-20-8","kind":"taxonomy","title":{"en":"Shenzhen \"20+8\" industry clusters","zh":"深圳“20+8”产业集群"}}');
CREATE INDEX observations_by_indicator_period ON observations (indicator, subject, period_last, period_first);
CREATE INDEX indicators_by_subject ON indicators (subject);
COMMIT;
