// More given names and family names by origin, written for this package from general knowledge
// (not taken from any name data set). Complements given-names.ts and surnames.ts: Irish/Scottish, African,
// South/East/South-East Asian, Middle Eastern, European and less common German/English names, with and
// without diacritics. Names that are also everyday words, places or brands are in the ambiguous list.

// ---------------------------------------------------------------------------------------------
// Given names
// ---------------------------------------------------------------------------------------------

const IRISH_SCOTTISH_GIVEN = `
Bridie Siobhán Síle Sile Sorcha Aoibheann Aoibhinn Éabha Eabha Ciara Cliodhna Clíodhna Gráinne Grainne Méabh Meabh
Maeve Nuala Órla Orlaith Úna Una Deirdre Dearbhla Bríd Brid Brigid Bríghid Caitlín Caitlin Cáit Mairéad
Mairead Máire Maire Muireann Nóirín Noirin Éadaoin Fionnuala Fionnghuala Ailbhe Aine Áine Aideen Ailish
Ashling Treasa Tríona Triona Laoise Blathnaid Bláthnaid Ríona Riona Sadhbh Sadbh Shauna Oonagh Eimear Emer
Eithne Ethna Fiadh Doireann Nessa Neasa Meadhbh Róise Roise Sláine Slaine Cian Cillian Killian Darragh Dara
Diarmuid Dermot Donnacha Donncha Donnchadh Domhnall Éamon Eamon Eamonn Éamonn Fearghal Fergal Feargal Fionn
Finbar Finbarr Fiachra Garrett Lorcan Lorcán Odhrán Oran Odran Pádraic Padraic Peadar Proinsias Ruairí Ruairi
Ruaidhrí Rónán Ronan Tadhg Tiernan Tighearnán Turlough Colmán Colman Cormac Conall Conán Conan Caoimhín Daithí
Daithi Dáithí Donagh Eoghan Enda Fiontán Fintan Mícheál Micheal Mánus Manus Niall Naoise Piaras Ruadhán
Seosamh Séamus Séamas Seamas Setanta Uilliam Criostóir Críostóir Aodh Aodhán Aodhan Aidan Aedan Breandán
Coilín Lochlann Lochlainn Ultan Senan Caolán Caolan Shay Shea Alasdair Alastair Ailean Aonghas Calum Coinneach
Dòmhnall Eachann Fearchar Fionnlagh Finlay Iain Lachlan Lachie Murdo Ruaridh Ruairidh Somhairle Sorley Tormod
Torquil Uisdean Hector Archibald Dougal Dugald Dougie Struan Innes Ruaraidh Ninian Ishbel Iseabail Isobel
Ealasaid Mhairi Mhàiri Mairi Màiri Kirsteen Seonaid Peigi Marsaili Morven Mòrag Lorna Elspeth Rhona Senga
Sheena Shonagh Moira Muireall Greer Beathag Effie Kirstie Catrìona Seonag Aileen Eileen Noreen Colleen
Bernadette Concepta Philomena Assumpta Majella Dymphna Brónach Bronagh
`;

const WEST_AFRICAN_GIVEN = `
Adeola Adewale Adekunle Ayodele Ayodeji Ayomide Ayotunde Babatunde Bankole Bisola Bisi Bolaji Bolanle Damilola
Damola Dayo Ebunoluwa Ebun Femi Folasade Folashade Funmi Gbenga Ibukun Idowu Ifeoluwa Iyabo Jumoke Kayode
Kehinde Taiwo Kunle Lanre Morenike Moyosore Oladele Oladipo Olamide Olanrewaju Olaoluwa Olufemi Olufunke
Olugbenga Olusegun Oluwadamilare Oluwafemi Oluwatobi Oluwatosin Oluwakemi Kemi Omolara Omotola Opeyemi Remi
Seun Segun Shola Sola Tayo Titilayo Titi Tolu Toluwani Tope Tosin Wunmi Yemi Yinka Yewande Adunni Abimbola
Abiodun Akinola Akinwale Akintunde Ayobami Bamidele Busola Dapo Deji Ebunola Enitan Fisayo Ifedayo Iretiola
Jide Jibola Tobenna Tochukwu Tomi Jolade Kolawole Modupe Moji Mojisola Mosunmola Niyi Oladimeji Olabisi Olalekan Olawale Olayinka
Oluwaseyi Seyi Simisola Simi Tobiloba Toyin Temilola Tokunbo Folarin Adeniyi Ayo Adanna Adaora Adaobi Amaka
Amarachi Chibuike Chibuzor Chidinma Chidera Chidozie Chiemeka Chijioke Chika Chikaodili Chikezie Chimamanda
Chimaobi Chinonso Chinwe Chinyere Chioma Chisom Chukwudi Chukwuma Ebere Ebuka Ekene Ezinne Ifeanyi Ifechukwu
Ijeoma Ikechukwu Ike Kelechi Kene Kenechukwu Nkem Nkiru Nnamdi Nneka Nnenna Nwakaego Obiageli Obioma Ogechi
Okechukwu Onyeka Onyekachi Onyinye Somto Somtochukwu Tochukwu Tochi Uche Uchechukwu Uzoma Uju Ugochi Ugonna
Oluchi Azubuike Nnaemeka Chukwuebuka Chidubem Amobi Godwin Abubakar Aliyu Aminu Auwal Bashir Bello Danjuma
Garba Haruna Idris Isa Kabiru Lawal Muhammadu Musa Nasiru Sani Shehu Sulaiman Suleiman Umar Usman Yahaya
Yakubu Hauwa Hadiza Halima Habiba Asabe Bilkisu Hajara Hassana Hussaina Jummai Ladi Rakiya Safiya Salamatu
Zulaihat Binta Balarabe Danladi Dauda Gambo Jibril Kabir Lawan Nuhu Rabiu Sadiq Tijjani Zubairu Kwasi Kwesi
Akwasi Kwadwo Kojo Kwabena Kobina Ekow Kwaku Kweku Kwamena Akosua Adwoa Adjoa Abena Akua Ekua Yaa Afua Efua
Afia Esi Akos Nii Naa Ato Fiifi Ewurabena Ewurama Dzifa Edem Elikem Selasi Selorm Mawuli Mawuena Senyo Delali
Dede Abenaa Nhyira Maame Kobby Kwabina Yaaba Godspower
`;

const EAST_SOUTH_AFRICAN_GIVEN = `
Wanjiku Wanjiru Wambui Wairimu Njeri Nyambura Njoki Wangari Muthoni Wangui Wanja Nyokabi Akinyi Achieng Atieno
Adhiambo Awino Anyango Auma Akoth Awuor Chebet Cherono Chepkoech Jepchirchir Jeptoo Kiprono Kipchoge Kiplagat
Kipruto Kibet Kiprotich Kimutai Baraka Imani Neema Zawadi Amani Rehema Furaha Faraji Jabari Jelani Bahati
Makena Mwende Mumbua Ndinda Nduku Kalekye Mutheu Juma Wekesa Wafula Sibusiso Sibongile Sizwe Sanele Siyabonga
Sandile Bongani Bheki Themba Thandeka Thandiwe Thando Nomvula Nomsa Nokuthula Nonhlanhla Ntombi Ntombifuthi
Lindiwe Lindani Lungile Lwazi Mandla Mbali Mpho Nandi Nkosinathi Nkosana Nhlanhla Nomusa Nosipho Nqobile
Phindile Phumzile Senzo Simphiwe Sifiso Siphiwe Sindisiwe Siphesihle Thulani Thuli Vusi Xolani Zodwa Zandile
Zinhle Zola Ayanda Andile Anele Buhle Busisiwe Dumisani Duduzile Fikile Gugu Gugulethu Hlengiwe Jabulani
Khanyisile Khulekani Langa Lethabo Lebo Lebogang Lesego Mosa Karabo Kagiso Kabelo Katlego Keabetswe Kgomotso
Masego Nthabiseng Palesa Puleng Refilwe Reitumetse Tebogo Thabang Thapelo Tshepo Tumelo Tumi Dineo Boitumelo
Mpumi Mpumelelo Khanyi Nolwazi Ntokozo Nokwanda Siyanda Siphokazi Xolile Yonela Zukisa Ziyanda Athi Akhona
Asanda Avuyile Bulelani Khaya Lulama Lunga Luvuyo Lwando Mncedisi Mzwandile Nceba Nkululeko Nomonde
Nomthandazo Nosizwe Phumla Sibulele Siviwe Thembeka Unathi Vuyani Vuyo Vuyolwethu Zukile Zintle Teboho
Motlatsi Nthati Lineo Mamello Relebohile Tsepo Kamohelo Kopano Lehlohonolo Rethabile Tumisang Thato Bokang
Keitumetse Kelebogile Ofentse Omphile Onalenna Tshegofatso Oratile Gaone Jacobus Jaco Gerhardus Frikkie Koos
Kobus Sarel Stefanus Willem Wynand Danie Deon Dewald Gideon Hennie Herman Izak Jannie Johan Louwrens Marthinus
Petrus Riaan Ruan Tiaan Thinus Charl Christo Corné Corne Dawie Dian Fanie Gysbert Hansie Jurie Kallie Kosie
Lodewyk Neels Nardus Ockert Theuns Tjaart Wikus Annelize Anneke Elize Elmarie Hester Juanita Karlien Lize
Liezl Liesl Magdel Mariska Marietjie Mariette Nelmarie Ronel Riana Rina Sanet Suzette Tania Wilna Zelda Carien
Chantelle Elsabe Elzaan Hanli Heleen Janke Jolene Leandri Lindie Lorinda Marelize Melinda Minette Retha Rentia
Santie Susara Tersia Yolandi Yolande Zandri Elna Adri Alta Aletta Anri Tendai Tatenda Tafadzwa Farai Rudo
Chipo Nyasha Tinashe Kudzai Rumbidzai
`;

const SOUTH_ASIAN_GIVEN = `
Aarav Aditya Ajay Akash Akshay Alok Aman Amar Amitabh Ankit Ankur Anshul Anuj Anupam Arun Ashish Ashok Ashwin
Atul Ayush Chetan Deepak Devendra Dhruv Dilip Dinesh Gaurav Girish Gopal Govind Harish Hemant Hitesh Ishaan
Jagdish Jai Jatin Kapil Karan Kartik Kishore Krishna Kunal Mahesh Manish Manoj Mayank Mohan Mukesh Naresh
Naveen Navin Nikhil Nilesh Nitin Pankaj Paras Pradeep Prakash Pramod Pranav Prashant Prateek Praveen Pravin
Puneet Rajan Rajeev Rajiv Rakesh Raman Ranjit Ravindra Rishi Ritesh Rohit Sachin Sahil Sameer Sandeep Sanjeev
Santosh Satish Saurabh Shankar Shashi Shekhar Shiv Shyam Siddharth Sudhir Sumit Sundar Surendra Sushil Tarun
Tushar Uday Umesh Varun Vijay Vikas Vinay Vineet Vinod Vipin Vishal Vivek Yash Yogesh Abhishek Abhinav Akhil
Amol Anirudh Ananth Anurag Arnav Aryan Ashwani Bhavesh Chandan Chirag Darshan Gautam Gagan Hardik Hari
Himanshu Jayant Jitendra Kaustubh Ketan Kiran Kishan Lokesh Madhav Mihir Mithun Mridul Nakul Neeraj Nirav
Omkar Parth Piyush Pritam Raghav Raghu Rajat Rajendra Rajkumar Ritvik Rupesh Sagar Samarth Sanket Saurav
Shantanu Shreyas Shubham Soham Sourav Subhash Sudeep Sujit Sumeet Swapnil Tanmay Tejas Trilok Utkarsh Vaibhav
Vedant Vikrant Vinayak Viraj Yatin Yuvraj Aarti Aaradhya Aditi Aishwarya Akanksha Amrita Ananya Anjana Anju
Ankita Anu Anupama Anushka Aparna Archana Asha Bhavna Bhavana Chhaya Charu Deepika Devi Diya Divya Garima
Gauri Gayatri Gita Harini Heena Hema Indira Isha Ishita Jaya Jyoti Kalpana Kamini Kanika Kavya Khushi Kriti
Kritika Lata Madhu Madhuri Mamta Manisha Manju Meera Megha Mridula Namrata Nandini Neelam Neetu Nidhi Nikita
Nirmala Nisha Nishita Pallavi Parul Poonam Pragya Pratibha Preeti Priyanka Rachna Radha Radhika Rani Rashmi
Rekha Renu Richa Ritu Riya Ruchi Rupa Sadhana Sakshi Sangeeta Sapna Sarita Savita Seema Shalini Sharmila
Shikha Shilpa Shobha Shraddha Shreya Shruti Shweta Simran Smita Sneha Sonal Sonali Srishti Sudha Suman Supriya
Surbhi Sushma Swati Tanvi Trisha Uma Urmila Usha Vandana Varsha Vidya Vimala Vineeta Yamini Arumugam Balaji
Chandrasekhar Dhanush Elango Ganesan Gopinath Jayakumar Karthik Karthikeyan Kumaran Manikandan Murugan Muthu
Nagarajan Palani Prabhu Raghunathan Rajagopal Ramachandran Ramasamy Saravanan Senthil Shanmugam Sivakumar
Subramaniam Sundaram Thiru Thirumal Vasanth Velu Venkat Vignesh Vijayakumar Anbu Arul Bala Durai Ilango Kannan
Kathir Mani Pandian Perumal Selvam Selvi Sekar Venkata Srinivas Srinivasa Suryanarayana Ramana Chaitanya Pavan
Sai Satya Sravan Sridhar Srikanth Sreenivas Ramu Raju Teja Vamsi Venu Harsha Krishnamurthy Lakshman Nagendra
Sekhar Sudheer Sumanth Anusha Bhavani Haritha Jyothi Kalyani Keerthi Lavanya Madhavi Mounika Navya Padmaja
Pavani Prasanna Prasanthi Rajeswari Ramya Sailaja Sandhya Saritha Sireesha Sowmya Sravani Sujatha Swapna
Swathi Tejaswini Vani Vijaya Anoop Biju Binu Jijo Jithin Jobin Jomon Shaji Sanju Sreejith Sreekumar Unni
Unnikrishnan Vineeth Vishnu Aneesh Ajith Anish Manu Midhun Nithin Sajan Sajeev Santhosh Sarath Shibu Aswathy
Athira Bindu Deepthi Jisha Lekha Meenakshi Nimisha Preethi Reshma Remya Sreeja Sreelakshmi Sruthi Sheeba
Soumya Sindhu Smitha Geetha Abirami Anitha Bharathi Devika Gowri Janani Kalaivani Kaviya Keerthana Kowsalya
Lalitha Malathi Nandhini Nithya Pavithra Priyadarshini Revathi Sangeetha Saranya Sathya Shanthi Sivagami
Tamilselvi Thenmozhi Vaishnavi Valli Vasuki Abhijit Amitava Anirban Arindam Arnab Avik Debashish Debasis
Dipankar Indranil Joydeep Kaushik Partha Pradip Prasenjit Rajib Ritwik Sabyasachi Sandip Santanu Saptarshi
Sayan Shubhankar Subhajit Subrata Sudipta Sujoy Supratim Suvendu Tanmoy Tapan Ujjal Anindita Arpita Debjani
Dipika Indrani Mousumi Moumita Paromita Piyali Rituparna Sayani Sharmistha Sudeshna Susmita Tanushree Tanusree
Rumana Rupali Nasrin Farhana Tahmina Amandeep Amarjit Amrit Baljit Balwinder Gurpreet Gurdeep Gurmeet Gurinder
Harjit Harjeet Harpreet Harinder Harvinder Inderjit Jaspreet Jasbir Jaswinder Jasleen Kuldeep Kulwinder
Lakhwinder Manpreet Mandeep Manjit Navdeep Navjot Paramjit Parminder Rajinder Ravinder Sukhwinder Sukhdev
Sukhjit Surinder Tejinder Simranjit Balbir Charanjit Daljit Gurjit Hardeep Harbhajan Jagjit Jaswant Kamaljit
Karamjit Kiranjit Maninder Parveen Rupinder Satnam Sarabjit Taranjit Imran Asif Faisal Kashif Junaid Adnan
Umair Zeeshan Waqas Shahid Naveed Nadeem Tahir Zubair Irfan Rizwan Sohail Shoaib Fahad Farhan Asad Haris Jawad
Kamran Nauman Owais Raza Saad Saqib Shahzad Shehzad Sajid Tanveer Waseem Wasim Yasir Zahid Zafar Aamir Aftab
Arshad Babar Ehsan Fawad Ghulam Iftikhar Ijaz Ishaq Javed Khurram Mudassar Muneeb Nasir Obaid Pervez Rehan
Sarfraz Shafiq Shakeel Wajid Waqar Zohaib Ayesha Sana Sadia Saima Samina Shazia Sidra Hina Mehwish Nazia
Rubina Saba Sobia Tahira Uzma Amna Anum Aqsa Asma Bushra Fariha Farzana Fouzia Humaira Iqra Javeria Kinza
Mahnoor Maham Maheen Nabila Naila Naheed Nasreen Nighat Quratulain Rida Rimsha Rukhsana Saira Shabana Shagufta
Shaista Shamim Sumaira Tasneem Yasmeen Zubaida Zoya Chamara Chaminda Dilshan Dilan Dimuthu Dushan Gayan Isuru
Janaka Kasun Kumara Lahiru Lasith Mahela Nuwan Prasad Ruwan Sanath Sampath Sandun Suranga Tharindu Thilina
Upul Chathura Dhanushka Eranga Kusal Lakmal Madushan Nalin Nimal Nirosha Roshan Sajith Tissa Udara Wasantha
Anura Ranil Mahinda Chathurika Dilani Dilini Hasini Ishara Kanchana Malsha Nadeesha Nilmini Nimali Piumi
Sachini Sanduni Shanika Tharushi Thilini Upeksha Yasodha Anoma Chamari Dulani Gayani Harshani Inoka Iresha
Kumari Nadeeka Ruwani Sewwandi Thushari Kajan Tharshan Thusyanthan Sutharsan Kirushanth Mathusha Thanushan
Kobika Nirojan Pirashanth Sinthuja Thivya Vithusha
Anaya Vihaan Reyansh Aadhya Saanvi Myra Kiara Advika Vivaan Atharv Shaurya Avni Aarohi Anika
`;

const CHINESE_GIVEN = `
Jie Xiaoming Yuxuan Ming Jian Qiang Yong Feng Tao Xin Lin Hua Ning Peng Qing Shan Tian Xia Xue Ying Yun Zhen
Zhi Chao Fei Sheng Shu Xiang Yi Zhong Yu Jia Chun Guang Guo Heng Huan Kun Liang Miao Pei Qian Qiong Rong
Shuang Xi Xiu Yao Yin Yue Zhe Zhu Zhan Ziyi Zixuan Zihan Haoran Yichen Yuhang Jiahao Junjie Xiaoyu Xiaohong
Xiaoli Xiaoyan Jiayi Xinyi Yutong Zhiwei Jianguo Weiwei Lingling Meimei Tingting Yanyan Jingjing Xiaojun
Xiaofeng Zhihao Haoyu Yuchen Ruoxi Shiyu Mengyao Siyu Yiming Wenjie Jiawei Haotian Zhiqiang Guoqiang Jianjun
Jianhua Xiaodong Xiaobo Yifan Yilin Yuqi Yuting Zhiyong Hongwei Jianping Xiaoping Xiaoling Xiaohui Xiaowei
Xiaojie Xiaolong Xiaomei Xiaoqing Xiaoxue Xiaoyun Jiaming Jiaqi Jiahui Jiaxin Junhao Junwei Kaiwen Mingyu
Mingzhe Ruoyu Shuai Shuting Siqi Tianyi Weiming Wenhao Xinyu Yanling Yihan Yinuo Yiran Yuhan Yujie Yumeng
Yunfei Zeyu Zhiming Zhuo Zimo Ziqi Zirui Zeming Lihua Lijun Liping Meiling Minghui Qiuyue Yaqi Yawen Yating
Yuyan Huiling Huimin Chunhua Guohua Jianming Jinlong Wenting Xueying Yufei Zhenyu Shuhui Wenxuan Ruixi Yixuan
Xuan Jiajia Jianxin Junyi Liwei Mingming Qingqing Ruiqi Shanshan Tianyu Weijie Wenwen Xiaoxiao Xinyue Yanan
Yuanyuan Yunxi Zhihong Zhijun Zhiyuan Chenxi Haoming Jiale Jinhua Kexin Lanlan Lixin Mengmeng Peiyu Qiqi Ruyi
Shengli Tongtong Wanying Xiaotong Yangyang Yuxin Zhixin Zhiqing Jingyi Jingwen Huifang Meifang Guiying Xiuying
Yuying Guilan Xiulan Shulan Yulan Fengying Cuiying Hongmei Yumei Xiumei Lijuan Yanhong Haiyan Hongyan Chunmei
Aihua Jinfeng
`;

const VIETNAMESE_GIVEN = `
Thị Thi Văn Anh Bảo Bao Bình Binh Cường Cuong Đạt Diễm Diem Đức Duc Dũng Duy Giang Hạnh Hanh Hằng Hiền Hien
Hiếu Hieu Hòa Hoà Hoài Hoai Hoàng Hoang Hùng Hương Huyền Huyen Khang Khoa Kiên Kien Lâm Lệ Liên Lộc Loc Luân
Luan Mạnh Manh Mỹ Nga Nghĩa Nghia Ngọc Nhàn Nhan Nhi Nhung Oanh Phát Phat Phong Phúc Phuc Phụng Phung Phương
Quân Quốc Quoc Quyên Quyen Quỳnh Quynh Sơn Tâm Tân Thắng Thang Thành Thảo Thao Thịnh Thinh Thủy Thuy Thùy Tiến
Tien Toàn Toan Trâm Trí Trinh Trung Tú Tuấn Tùng Tung Tuyết Tuyet Uyên Uyen Vân Việt Viet Vinh Vĩnh Vy Xuân
Yến Hậu Hiệp Hiep Khải Khai Lợi Loi Nhật Nhat Quý Quy Tài Trọng Trong Hưng Nguyên Thiện Thien Thuận Thuan
Tường Tuong Ánh Diệu Dieu Duyên Duyen Hồng Ngân Ngan Như Nhu Thoa Thơ Thư Thuong Thương Tuyền Tuyen Diệp Diep
Châu Chau Khánh
Hà
`;

const KOREAN_JAPANESE_GIVEN = `
Seo-yeon Seoyeon Ji-hoon Jihoon Ji-ho Jiho Ha-eun Haeun Min-seo Minseo Seo-jun Seojun Do-yun Doyun Ye-jin
Yejin Ji-min Jimin Ji-hye Jihye Ji-yeon Jiyeon Ji-eun Jieun Ji-won Jiwon Ji-hyun Jihyun Min-ji Minji Min-ho
Minho Min-soo Minsoo Min-woo Minwoo Jae-hyun Jaehyun Jae-won Jaewon Jae-min Jaemin Jae-sung Jaesung Hyun-woo
Hyunwoo Hye-jin Hyejin Hye-won Hyewon Eun-ji Eunji Eun-young Eunyoung Eun-jung Eunjung Seung-hoon Seunghoon
Seung-min Seungmin Sung-min Sungmin Sung-ho Sungho Dong-hyun Donghyun Dong-hoon Donghoon Young-ho Youngho
Young-jae Youngjae Young-hee Younghee Soo-jin Soojin Soo-min Soomin Su-bin Subin Yu-na Yuna Yoo-jin Yoojin
Hyun-jin Hyunjin Jun-ho Junho Jun-young Junyoung Joon-ho Joonho Sang-woo Sangwoo Kyung-soo Kyungsoo Mi-kyung
Mikyung Mi-young Miyoung Hae-won Haewon Na-yeon Nayeon Chae-won Chaewon Da-eun Daeun Ye-eun Yeeun So-yeon
Soyeon Hee-jin Heejin Tae-yang Taeyang Tae-hyun Taehyun Woo-jin Woojin Yeon-woo Yeonwoo Si-woo Siwoo Joo-won
Joowon Sun-hee Sunhee Seon-hee Seonhee Haruki Hiroki Hideki Hideo Hiroyuki Ichiro Isamu Jiro Saburo Kaito
Kazuki Kazuo Kazuya Kenta Kenichi Koji Kouji Makoto Masaaki Masahiro Masaki Masao Masato Minoru Naoki Noboru
Osamu Riku Ren Ryo Ryota Ryosuke Ryu Satoshi Shigeru Shinji Shinya Shota Sora Susumu Takahiro Takumi Takeshi
Tatsuya Tetsuya Tomohiro Toru Tsubasa Yamato Yasushi Yoshiaki Yoshihiro Yoshio Yosuke Yusuke Yuta Yuto Daiki
Daisuke Eiji Goro Hayato Hikaru Kaoru Katsuya Keiichi Keisuke Kohei Kosuke Kyosuke Mamoru Masashi Michio Nobuo
Norio Ryuichi Sadao Shohei Shuichi Sho Tadashi Takuya Tomoya Toshiro Yoichi Yuji Yukio Yuya Haruma Shiro Kei
Aiko Akiko Ayaka Ayako Ayumi Chiharu Chihiro Emi Emiko Eri Etsuko Fumiko Hanako Haruka Hikari Hiromi Hitomi
Kaori Kana Kanako Kaede Kazuko Keiko Kumiko Kyoko Maiko Mariko Masako Mayumi Megumi Michiko Midori Miho Miki
Minako Misaki Mitsuko Miwa Miyuki Momoko Nanami Naoko Natsuki Natsumi Noriko Reiko Rie Rika Risa Ryoko Sachiko
Saki Sakiko Sanae Sayaka Sayuri Setsuko Shiho Shizuka Takako Tomoko Tomomi Yoko Yoshiko Yukiko Yuko Yumi
Yumiko Yuri Yuriko Asuka Aoi Rin Himari Tsumugi Ema Akane Honoka Kokoro Madoka Manami Nozomi Satomi Shiori
Wakana Yua Yuzuki
`;

const SOUTHEAST_ASIAN_GIVEN = `
Rodrigo Reynaldo Rogelio Romeo Rolando Ramil Rommel Arnel Jomar Jomari Jayson Jhon Rey Joey Jojo Dindo Dodong
Nonoy Edgardo Efren Emilio Ernesto Feliciano Florante Gerardo Honorio Isagani Joselito Nestor Ronaldo Rowell
Virgilio Wilfredo Arturo Benigno Bienvenido Cesar Crisanto Danilo Dante Domingo Elmer Jaime Jonel Jovito Lito
Manny Norberto Perfecto Reynante Rolly Teodoro Venancio Maricel Marites Maricar Marivic Mylene Rowena
Rosalinda Analyn Mae Jenelyn Jhoanna Charmaine Evangeline Flordeliza Imelda Leonora Ligaya Liwayway Luzviminda
Teresita Erlinda Remedios Corazon Perla Rochelle Shiela Sheryl Arlene Aiza Carmelita Concepcion Divina
Estrella Felicidad Haydee Irma Jovelyn Lilibeth Marilou Milagros Nenita Ofelia Pacita Rosita Susana Violeta
Zenaida Angelica Angeline Somchai Somsak Somporn Somkid Sombat Somjai Somsri Sunee Suda Supaporn Suchada
Sukanya Siriporn Sirinya Nattapong Natthapong Nattawut Nattaya Nuttapong Thanawat Thanakorn Thanapon Thitiwat
Wichai Wirat Wanchai Prasert Prasit Pornchai Pornthip Pimchanok Pattaraporn Patcharee Pranee Kanya Kanokwan
Kamonwan Kittipong Kittisak Chaiyaporn Chatchai Chalerm Chanida Chutima Anan Anong Apinya Arunee Boonchai
Boonmee Chaiwat Daeng Duangjai Jaruwan Jintana Kannika Kulap Malee Manop Narong Niran Nipon Orathai Panya
Panida Piyapong Pongsak Rattana Ratchanee Sakchai Samorn Sanan Saowalak Siriwan Sirirat Somboon Sompong
Sudarat Supachai Surachai Suriya Tanawat Thongchai Udom Uthai Wanida Warunee Weerapong Wilai Wiroj Yupin
Yuwadee Kulthida Nantana Lamai Ratana Apichat Apichart Anucha Chanchai Ekkachai Jakkrit Kritsada Kriangsak
Narin Noppadol Pairoj Peerapong Prayut Sarawut Suthep Teerapong Thawatchai Tawan Yodsak Budi Agus Bambang Dewi
Wahyu Joko Sutrisno Slamet Hendra Eko Dwi Adi Andi Arif Bayu Dedi Dimas Fajar Fitri Galih Gilang Hendro Heru
Ika Indah Intan Irawan Iwan Kurniawan Lestari Nanda Novi Nurul Putri Putu Rahmat Ratna Ratih Rini Rizki Rizky
Setiawan Siti Sigit Suharto Sukarno Susanti Susilo Teguh Wati Wayan Ketut Nyoman Komang Wulan Yanti Yudi Ayu
Bagus Citra Desi Dewa Eka Endah Fikri Handoko Haryanto Hidayat Indra Iskandar Kartika Lukman Maulana Nining
Octaviani Permata Purnama Rangga Ridwan Santoso Sinta Suci Sukma Taufik Wahyudi Widodo Wijaya Sri Gede Kadek
Wahyuni Yuliana Dodi
`;

const ARABIC_GIVEN = `
Joud Haroon Abdallah Abdelaziz Abdelkader Abdelkarim Abdellah Abdelrahman Abdulrahman Abdulaziz Abdulkarim Abdulla
Abdullahi Adil Adham Akram Alaa Amin Ammar Amr Anwar Ashraf Asim Atef Ayoub Ayub Aymen Badr Bakr Bassam Bassem
Belal Bilel Brahim Dawood Dawud Ehab Emad Fadel Fahd Faris Farouk Faruk Fathi Fawzi Fouad Fuad Ghaith Habib
Haitham Hakim Hamdi Hamed Hani Harith Hatem Hazem Hichem Hisham Hicham Hosni Houssam Husam Ihab Ilias Ismael
Issam Jaber Jafar Jalal Kareem Khalil Labib Louay Loay Luay Lotfi Mahdi Majdi Malek Malik Mamdouh Mansour
Medhat Mohamad Mostafa Moustafa Mustapha Mourad Murad Moussa Mohannad Muhannad Naim Najib Nabeel Nader Naji
Nasr Nizar Noureddine Nourddine Othman Qais Qusay Rabih Radwan Raed Rafik Rachid Rashed Riad Riyad Ridha
Safwan Salah Saleh Salim Samer Sameh Samy Seif Saif Sharif Shadi Sherif Sofiane Sufian Suhail Taha Talal Tamim
Tawfik Tawfiq Tayeb Tayseer Wajdi Wassim Wisam Yahia Yahya Yazan Yazid Younis Youness Yousef Yousif Yusef
Zakaria Zakariya Zakarya Zouhair Zuhair Abdelhak Abdelilah Abdeljalil Abdellatif Abdelmajid Abdessamad Achraf
Adnane Anouar Badreddine Bouchaib Chakib Driss Hassane Ilyes Jamel Lahcen Larbi Lhoussaine Mhamed Mohcine
Mokhtar Nordine Otmane Redouane Reda Saïd Salaheddine Yassir Youcef Zinedine Faouzi Fethi Hocine Lakhdar
Lounes Mohand Rabah Slimane Smail Tahar Toufik Zohir Nassim Yanis Rayan Yacine Yacin Abeer Abla Afaf Ahlam
Aicha Aïcha Alia Aliya Amal Amel Anissa Asmaa Aya Ayat Basma Bouchra Btissam Chaimae Dalal Donia Duaa Doaa
Eman Esraa Fadwa Fairouz Fatiha Fatimah Fayza Ghalia Ghizlane Hadil Hafsa Hajar Hanaa Hanan Hasna Hayat Hayam
Hiba Houda Ibtissam Ikram Ilham Imane Inas Insaf Intissar Jamila Jamilah Jihane Karima Khadija Khadidja Kawtar
Kaoutar Latifa Lamya Leïla Lubna Loubna Maha Majda Malak Malika Maysa Mayssa Meriem Mouna Naima Najat Najwa
Nawal Nesrine Nisreen Noha Noura Rahma Randa Rasha Rawan Rima Rokaya Ruqaya Sabah Sabrine Safaa Safia Salwa
Samar Samah Sanaa Siham Soukaina Soumaya Souad Sumaya Sumaiya Tasnim Wafaa Widad Wiam Yasmina Yousra Yusra
Zeinab Zineb Zohra Zoubida Houria Dunya Lujain
`;

const PERSIAN_KURDISH_AFGHAN_GIVEN = `
Abbas Afshin Ahmadreza Amirhossein Amirali Arman Arsalan Ashkan Bahman Bahram Behrooz Behrouz Bijan Bizhan
Cyrus Daryoush Ebrahim Esmaeil Esmail Farbod Farshad Farzad Fereydoun Faramarz Ghasem Hamidreza Hessam Hooman
Houman Hossein Hosein Javad Kambiz Kamyar Kasra Keyvan Kian Kourosh Koorosh Masoud Massoud Mehran Mehrdad
Mohammadreza Mojtaba Nima Omid Payam Payman Peyman Pouya Pooya Ramtin Rostam Sajjad Salar Sasan Sepehr Shahab
Shahram Shahriar Shahrokh Siavash Siamak Soroush Soheil Vahid Yaser Zoheir Amirreza Milad Parsa Pedram
Mohammadali Aliakbar Afsaneh Azadeh Azita Bahar Banafsheh Behnaz Darya Donya Elaheh Elham Fariba Farideh
Farnaz Fatemeh Fereshteh Forough Golnaz Goli Haleh Hengameh Homa Jaleh Katayoun Kimia Laleh Mahnaz Mahshid
Marjan Mehrnaz Minoo Mojgan Nahid Nazanin Negar Niloufar Nilufar Nooshin Parastoo Pardis Parvaneh Pegah Pouneh
Roxana Rozita Samaneh Sanaz Sepideh Setareh Shabnam Shiva Shokoufeh Simin Sima Soheila Sogand Soudabeh Tahereh
Taraneh Yasaman Zohreh Ziba Azar Atefeh Anahita Arezoo Bita Delaram Dorsa Elnaz Golshifteh Hanieh Helia Kiana
Mahtab Mahya Mehrnoosh Nasim Niloofar Raha Setayesh Shima Aram Azad Bawar Berivan Bêrîvan Botan Dilovan Diyar
Dler Hawar Hevi Hêvî Jiyan Jwan Kawa Karwan Lawin Mizgin Nareen Nêrgiz Nergiz Perwin Ronahi Rojda Rojin Rojhat
Rezan Rebin Rêbîn Rizgar Sherwan Shirwan Sirwan Şêrko Sherko Soran Zana Zelal Zilan Zozan Heja Hejar Delal
Dilşad Dilshad Evin Newroz Nawroz Rûken Ruken Xebat Welat Zerdest Zerdeşt Kamaran Ako Aso Hemin Hiwa Hozan
Karzan Ahmadullah Ajmal Amanullah Asadullah Atiqullah Baryalai Enayatullah Faridullah Gulbuddin Habibullah
Hamidullah Hekmatullah Hashmat Hayatullah Ikramullah Inayatullah Izzatullah Jawed Javid Khalilullah Lutfullah
Mirwais Najibullah Naqibullah Nasrullah Noorullah Obaidullah Rahmatullah Rahim Sadiqullah Safiullah Samiullah
Shamsullah Wahid Waheed Wali Zabihullah Zalmai Zarif Zia Ziaullah Arian Fereshta Freshta Gulalai Gulnaz
Homaira Hosai Lailoma Malalai Malala Mursal Nargis Nazifa Nilofar Palwasha Parwana Shekiba Sohaila Tamana
Wazhma Zarghuna Zarmina Zohal Marwa
`;

const TURKISH_GIVEN = `
Abdurrahman Adem Aras Asım Ayhan Azat Batu Battal Berk Berkay Berke Bilgehan Burhan Çağatay Cagatay Cahit
Celil Cemalettin Cevdet Cevat Çetin Cetin Cumali Demirhan Doruk Durmuş Durmus Efkan Ekin Emrah Ender Enis
Ercüment Erdal Erdem Erdinç Erdinc Ergün Ergun Erkut Ersan Ersoy Ertan Esat Evren Eyüp Eyup Fevzi Ferit Gökmen
Gürol Güven Hakkı Hakki Haldun Hasret Haydar Hayri Hulusi İhsan Ihsan İlkay Ilkay İlhami İrfan İsmet Ismet
İzzet Izzet Kadri Kamuran Kazım Korhan Mazhar Mecit Memduh Muhammet Muhittin Münir Namık Namik Nazif Necdet
Nedim Nejat Nezih Niyazi Nurettin Nurullah Onat Orçun Orcun Orkun Rahmi Ramiz Rauf Recai Refik Remzi Reşat
Resat Rıdvan Ridvan Ruhi Sabahattin Sadi Savaş Savas Şefik Sefik Selçuk Selcuk Serhan Serhat Servet Seyfi
Seyit Sezai Sezer Sezgin Sıtkı Suat Tarkan Teoman Tevfik Toygar Tunç Tunc Turhan Ulaş Ulas Umut Utku Vedat
Vehbi Veli Yalın Yaşar Yasar Yekta Yüksel Zeynel Zihni Zülfikar Kutay Mertcan Ozgur Oğuzhan Oguzhan Göktuğ
Goktug Emirhan Ayberk Alperen Berkan Eymen Miraç Mirac Poyraz Kuzey Ege Çınar Cinar Ahu Akgül Aleyna Almila
Arzu Asiye Aybike Aydan Ayfer Aygül Aynur Ayşegül Aysegul Aysel Aysun Azra Banu Başak Basak Behiye Belgin
Belkıs Benan Berfin Beril Berrin Betül Betul Birgül Birsen Buket Burçin Cemile Ceyda Ceylan Cennet Cigdem Dudu
Dürdane Ela Elvan Esengül Eslem Fahriye Fatoş Fatos Fazilet Feyza Fidan Firdevs Gülbahar Gülcan Gülden Güler
Gülizar Gülnur Gülsen Gulsen Gülşah Gülseren Gurbet Güzide Halide Hamiyet Hayriye Hazal Helin Hümeyra Humeyra
Huriye İpek Ipek İlknur Ilknur Kadriye Kıymet Lütfiye Mehtap Melahat Meltem Menekşe Mukaddes Münevver Nazan
Nazife Nebahat Necmiye Nergis Nesibe Neşe Nese Nevin Nihal Nilgün Nilgun Nuray Nurdan Nurgül Nurgul Nurşen
Öykü Oyku Özden Ozden Pakize Perihan Rahime Remziye Rümeysa Rumeysa Sabiha Safiye Saliha Sebahat Sebnem Şebnem
Selda Selen Senem Sevtap Seval Sevgül Sevilay Simge Suna Süheyla Şükriye Tuğçe Tugce Tülin Tulin Ülkü Ulku
Umay Vildan Yeşim Yesim Yıldız Yildiz Yonca Zühal Zümrüt Ayten Aysen Asuman Bedriye Dila Duru Elanur Hira
Irmak Medine Meral Mihriban Miray Nehir Nisa Ravza Sıla Sila Sudenaz Tuana Yaren Ümmühan
`;

const GREEK_ALBANIAN_GIVEN = `
Demetris Achilleas Adamantios Alexandros Anastasios Angelos Antonios Apostolos Aris Aristotelis Charalampos Charalambos
Babis Christoforos Dionysios Dionysis Efstathios Stathis Efthymios Emmanouil Manolis Vangelis Fotis Fotios
Gerasimos Grigoris Iordanis Kyriakos Lambros Leonidas Lefteris Eleftherios Markos Michalis Miltiadis Nektarios
Pantelis Panos Pavlos Periklis Petros Prodromos Sokratis Spyridon Stamatis Stelios Stylianos Stefanos Takis
Themis Theofanis Thodoris Timotheos Tasos Vasileios Xenofon Zisis Yiorgos Giorgos Yorgos Kostis Makis Mihalis
Nikitas Orestis Rafail Savvas Sotirios Aggelos Akis Afroditi Aikaterini Angeliki Antigoni Argyro Athanasia
Chrysa Chrysoula Danai Dafni Despoina Ekaterini Elpida Evangelia Evanthia Eftychia Efi Fotini Ioanna Irini
Kalliopi Konstantina Kyriaki Matina Niki Ourania Panagiota Paraskevi Persefoni Polyxeni Rena Sotiria Stavroula
Styliani Theodora Theoni Voula Xanthi Zoi Roula Toula Soula Eirini Evdokia Foteini Chara Marianthi Nefeli
Agron Alban Albion Ardit Arben Arber Ardian Armend Artan Arton Astrit Bajram Bekim Besnik Blerim Burim Dardan
Driton Edmond Enver Ermal Fatmir Fisnik Flamur Gentian Gezim Gëzim Hysen Ilir Jeton Kujtim Labinot Leotrim
Liridon Lulzim Petrit Qendrim Rexhep Shkelzen Shkëlzen Sokol Valon Vullnet Xhevdet Ylli Zef Fitim Gazmend
Erion Ervin Endrit Egzon Dritan Eduart Klodian Kreshnik Lorik Alket Altin Bujar Edon Elton Fation Genc Hekuran
Ilirjan Kastriot Orges Rinor Shpend Shpetim Taulant Vigan Visar Ylber Albana Arjeta Besa Blerta Blerina Donika
Drita Dafina Edona Elira Elona Entela Erjona Fatbardha Fjolla Flaka Floriana Genta Gentiana Jehona Kaltrina
Klea Lindita Liridona Lirie Majlinda Merita Mimoza Njomza Qendresa Rudina Shqipe Shpresa Teuta Valbona Vjosa
Xhesika Yllka Zamira Ajshe Albulena Arlinda Arbnora Besjana Dorina Elvana Fatjona Lumturie Marigona Mirlinda
Rozafa Afërdita Aferdita Adelina Anila Brikena Diellza Dhurata Drenusha Ermira Hyrije Lumnije Vjollca Xhemile
Dua
`;

const BALKAN_HUNGARIAN_GIVEN = `
Aleksa Andrija Borislav Boško Bosko Branislav Dalibor Damir Danijel Darijo Domagoj Dragoljub Dragutin Drazen
Đorđe Djordje Dorde Dragomir Filip Franjo Hrvoje Ilija Ivica Jakov Janko Jovan Jure Kristijan Krešimir
Kresimir Lazar Ljubomir Ljubiša Ljubisa Matej Matija Mato Mihajlo Milorad Milovan Miodrag Mladen Momčilo
Nebojša Nebojsa Neven Nikica Ognjen Petar Radovan Radomir Ratko Saša Sasa Siniša Sinisa Slaven Slavko Srdjan
Srdan Stevan Stipe Tihomir Tomislav Vedran Velimir Veljko Vladan Vlado Vojislav Vuk Zdravko Zlatko Zvonimir
Žarko Zarko Mirza Admir Adis Alen Almir Amer Dženan Dzenan Edin Elvir Ermin Mirsad Muamer Muhamed Nihad Sead
Senad Suad Zijad Zlatan Almedin Elmedin Husein Ibro Jusuf Mehmed Mirnes Nijaz Safet Sanel Sejo Semir Adela
Aida Amela Amila Amra Belma Dijana Dragica Danijela Emina Ena Gordana Jasna Jovana Lejla Ljiljana Mirela Mirna
Natasa Nataša Nevena Nikolina Olivera Radmila Ružica Ruzica Sanja Slavica Tijana Vanja Verica Višnja Visnja
Zorica Zrinka Anamarija Andjela Anđela Biljana Bosiljka Branka Dubravka Đurđica Gabrijela Ivona Iva Ivanka
Jadranka Lidija Ljubica Marijana Milka Mladenka Nevenka Senada Snjezana Snježana Stana Suzana Svjetlana Zdenka
Zlata Zora Željka Zeljka Elma Lamija Merima Samra Šejla Sejla Asen Atanas Blagoy Bozhidar Boyan Boyko Dimitar
Dobromir Georgi Hristo Ivaylo Kaloyan Krasimir Lyubomir Mihail Momchil Nikolay Ognyan Plamen Radoslav Rumen
Stanimir Stoyan Svetoslav Todor Tsvetan Vasil Velizar Yordan Zhivko Lyuben Petko Penko Kiril Kalin Lachezar
Nedelcho Ognian Tsvetomir Veselin Antoaneta Boryana Desislava Elitsa Gergana Galya Hristina Iliana Iliyana
Ivelina Kalina Kremena Lyubov Mariela Neli Petya Radka Raya Rositsa Ralitsa Snezhana Stanislava Svetla Teodora
Tsvetelina Valya Vanya Velichka Vesela Yana Yordanka Zhivka Zornitsa Denitsa Dimitrina Mihaela Nadezhda
Nikoleta Pavlina Polina Sevdalina Slavena Alexandru Cătălin Catalin Ciprian Claudiu Cornel Cosmin Costel
Cristian Doru Dorin Dragoș Dragos Dumitru Florin Gheorghe Grigore Horia Ilie Ionel Ionuț Ionut Iulian
Laurențiu Laurentiu Lucian Liviu Marian Marin Mihai Mircea Nicolae Nicu Ovidiu Petru Radu Răzvan Razvan Remus
Sorin Ștefan Tiberiu Traian Vasile Viorel Vlad Ionela Anca Andreea Camelia Cătălina Catalina Corina Denisa
Florentina Georgiana Ileana Ioana Iulia Larisa Lavinia Loredana Luminița Luminita Madalina Mădălina Nicoleta
Oana Otilia Raluca Sorina Viorica Ádám Attila Balázs Balazs Barnabás Bence Botond Csaba Dániel Dávid Dénes
Denes Ferenc Gábor Gabor Gergely Gergő Gergo Gyula György Gyorgy Imre István Istvan János Janos József Jozsef
Károly Karoly Kornél Kristóf Krisztián Krisztian László Laszlo Lajos Levente Márk Márton Marton Máté Miklós
Miklos Mihály Mihaly Ottó Péter Richárd Róbert Sándor Sandor Szabolcs Tamás Tamas Tibor Zoltán Zoltan Zsolt
Zsombor Árpád Arpad Benedek Bálint Balint Dezső Dezso Endre Ernő Erno Géza Geza Győző Jenő Jeno Kálmán Kalman
Lőrinc Nándor Nandor Ödön Tivadar Vilmos Zsigmond Ágnes Anikó Aniko Annamária Beáta Boglárka Borbála Csilla
Dóra Edina Emese Enikő Eniko Erzsébet Erzsebet Eszter Etelka Éva Evelin Fanni Gabriella Gizella Hajnalka
Henrietta Ibolya Ildikó Ildiko Irén Judit Julianna Júlia Kata Katalin Klára Krisztina Lilla Magdolna Margit
Mária Mónika Nikolett Noémi Orsolya Panna Piroska Réka Reka Rozália Szilvia Szandra Tímea Timea Valéria
Viktória Virág Virag Zsófia Zsofia Zsuzsa Zsuzsanna Emőke Jolán Kitti Mariann Róza
`;

const POLISH_CZECH_SLOVAK_GIVEN = `
Krzysiek Aleksander Ambroży Antoni Arkadiusz Bogusław Boguslaw Bronislaw Cezary Czeslaw Franciszek Ireneusz Jedrzej
Juliusz Kajetan Karol Lucjan Marek Mieczyslaw Mikołaj Mikolaj Miłosz Milosz Nikodem Przemek Radek Tadek Tymon
Wawrzyniec Wincenty Włodzimierz Wlodzimierz Zdzislaw Boleslaw Czesiek Jarek Mirek Sławek Slawek Tomek Wiesiek
Józek Rysiek Staszek Franek Antek Janek Kazik Grzesiek Maciek Darek Aldona Bogna Bogumila Henryka Iga Kasia
Małgosia Malgosia Matylda Róża Roza Zosia Basia Gosia Ola Ania Zuzia Hania Jagna Lucyna Mirosława Miroslawa
Stanislawa Władysława Wladyslawa Zdzisława Bronisława Leokadia Eugenia Bogusława Dobrosława Aniela Apolonia
Czesława Kazimiera Leonarda Zaneta Wioletta Wioleta Aleš Antonín Antonin Bohumil Bohuslav Břetislav Jindřich
Jindrich Jaromír Jaromir Ladislav Libor Luboš Lubos Ludvík Matěj Oldřich Oldrich Otakar Patrik Radim Rostislav
Stanislav Šimon Štěpán Stepan Svatopluk Tadeáš Tadeas Vladimír Vlastimil Vratislav Zbyněk Zbynek Přemysl
Premysl Bořivoj Jarmil Ľubomír Lubomir Ľuboš Marián Štefan Matúš Matus Juraj Rastislav Viliam Ján Pavol Adéla
Alžběta Alzbeta Anežka Anezka Barbora Blanka Božena Eliška Eliska Hedvika Iveta Jarmila Jaroslava Jitka
Karolína Kristýna Kristyna Magdaléna Marcela Miloslava Miroslava Natálie Pavla Pavlína Romana Šárka Sarka Soňa
Sona Světlana Taťána Tatana Vendula Věra Vlasta Zdeňka Ľubica Lubica Katarína Kvetoslava Viera Emília
`;

const EAST_SLAVIC_BALTIC_GIVEN = `
Sergij Walja Aleksandr Aleksei Aleksey Alexey Alexandr Anatoly Anatoli Anatolij Andrey Arkady Arkadi Artem Artyom Artjom
Daniil Denis Dmitrii Evgeny Evgeni Jewgeni Yevgeny Fedor Fyodor Gennady Gennadi Gennadij Georgy Grigory
Grigori Ilya Ilja Ilia Innokenty Kirill Lev Leonid Maksim Maxim Matvei Mikhail Michail Pyotr Pjotr Ruslan Semyon
Timofey Vadim Valery Valeri Valerij Vasily Vasili Wassili Vitaliy Vitalij Vladislav Vyacheslav Wjatscheslaw
Yegor Jegor Egor Yury Zakhar Slava Vova Misha Mischa Kolya Volodya Zhenya Zhenja Grisha Kostya Dima Sasha
Seryozha Lyosha Tolya Vasya Alyona Anastasija Anastassia Anzhela Darja Dasha Elizaveta Jelisaweta Evgenia
Jewgenija Inna Katya Ksenia Ksenija Lidiya Ljubow Nadeschda Natalya Raisa Tatiana Tatyana Valeriya Yelena
Yekaterina Yevgenia Zinaida Alla Angelina Alisa Arina Nelli Sofiya Taisiya Ulyana Uljana Varvara
Vasilisa Vlada Masha Mascha Natasha Natascha Olya Sveta Nastya Nastja Ljuba Lyuba Andriy Andrii Bohdana Dmytro
Fedir Hryhoriy Ihor Ivanna Kateryna Khrystyna Kostiantyn Kostyantyn Lesya Liudmyla Lyudmyla Mariya Mariia
Maksym Myroslav Myroslava Nazar Oleh Oleksiy Oleksii Olesya Orest Ostap Pavlo Petro Roksolana Rostyslav Serhiy
Serhii Solomiya Sofiia Svitlana Tetiana Tetyana Valentyn Vasyl Vladyslav Yevhen Yevheniia Yuliia Yurii Yuriy
Zoriana Anatoliy Danylo Denys Iryna Liliia Mykhailo Mykhaylo Nataliia Nataliya Olha Oleksandra Ruslana
Viktoriya Yaroslava Zhanna Algirdas Andrius Antanas Arūnas Arunas Audrius Darius Dainius Donatas Egidijus
Gediminas Giedrius Juozas Justinas Kęstutis Kestutis Linas Mantas Mindaugas Nerijus Paulius Povilas Ramūnas
Rimantas Robertas Rokas Saulius Šarūnas Sarunas Tadas Vaidas Valdas Vilius Vytautas Žygimantas Zygimantas Agnė
Agne Aistė Aiste Auksė Aušra Ausra Daiva Eglė Egle Giedrė Giedre Gintarė Gintare Goda Ieva Indrė Indre Inga
Jurgita Justina Milda Neringa Rasa Rūta Ruta Skaistė Vaida Vilma Živilė Aigars Andris Armands Arturs Artūrs
Edgars Gatis Guntis Ivars Jānis Janis Juris Kārlis Karlis Kaspars Mārtiņš Martins Māris Maris Raimonds Rihards
Roberts Uldis Valdis Viesturs Dainis Didzis Ilmārs Krišjānis Normunds Oskars Reinis Agnese Aija Anete Baiba
Dagnija Ilze Inese Inta Kristīne Laila Liene Līga Madara Sanita Solvita Zane Zanda Evija Elīna Elina Andrus
Aivar Indrek Jaan Jaak Kalev Kristjan Lauri Madis Margus Meelis Priit Siim Tarmo Tiit Toomas Urmas Vello Eha
Kaja Kersti Liina Maarja Mari Merike Piret Reet Riina Siiri Tiina Triin Tiiu Ülle Ulle
`;

const DUTCH_NORDIC_GIVEN = `
Arjan Arjen Bas Bastiaan Berend Bert Boudewijn Casper Cees Kees Coen Daniël Diederik Ewoud Floris Frans Frits
Gijs Guus Henk Huib Huub Jaap Jacco Jelle Joep Joeri Joris Jos Jurgen Jurriaan Klaas Koen Laurens Lieven Luuk
Marnix Martijn Matthijs Maurits Mees Menno Michiel Niek Onno Pepijn Pim Quinten Reinier Remco Rik Roel Rogier
Rutger Ruud Sebastiaan Sjaak Sjef Teun Thijs Thijmen Tijn Tijmen Tycho Valentijn Wijnand Wout Youri Bavo
Gert-Jan Jan-Willem Jan-Pieter Pieter-Jan Jochem Jorn Jort Jurre Lodewijk Maikel Mathijs Rens Rick Sjors Sytse
Tjeerd Tjerk Yorick Wannes Jef Staf Seppe Warre Lowie Senne Ferre Annemiek Annemieke Annelies Bente Bregje
Carlijn Daphne Dieuwke Elise Els Elske Esmee Esmée Evelien Fenna Froukje Geertje Hanneke Ineke Janneke Jantine
Jantje Jasmijn Jikke Jolien Jolanda Liesbeth Lisanne Lieve Loes Maaike Margriet Marjolein Marloes Mirjam
Myrthe Nienke Noor Renske Rianne Roos Sterre Tineke Trijntje Willemijn Ymke Fien Ine Leen Katrien Griet Veerle
Sofie Marthe Liesbet Annick Evi Asger Birger Christer Einar Eirik Espen Esben Frode Fredrik Geir Gustaf Göran
Halvard Halvor Haakon Håkan Håkon Hallvard Hjalmar Ivar Jesper Joakim Jørgen Jorgen Kåre Kare Kristoffer
Kjetil Leif Mattias Nikolaj Njål Oddvar Ove Peder Preben Ragnar Sigurd Sindre Snorre Steinar Sten Stig Sune
Søren Soren Svend Terje Torben Torbjørn Torbjorn Trond Trygve Ulrik Vegard Viggo Vidar Øystein Oystein Åke Ake
Bengt Evert Folke Gösta Gosta Göte Hampus Jonatan Kalle Ludvig Olof Olle Pontus Roine Stellan Sixten Valter
Vilhelm Wilmer Agnete Agneta Anneli Birgitta Bodil Britt Cecilie Dorte Dorthe Eira Elsa Gro Gunhild Gunilla
Hedvig Hjördis Ingegerd Ingela Inger Ingvild Jorunn Kajsa Lykke Marit Mette Nanna Oda Pernille Ragnhild Randi
Rigmor Runa Signe Sissel Solveig Stina Synnøve Synnove Tove Trine Turid Vibeke Viveka Åsa Asa Gry Alva Majken
Moa Tyra Ylva Birgitte Freja Ditte Frederikke Rikke Malene Lærke Laerke Birthe Jytte Grethe Sunniva Torunn
Guro Mikkel Morten Thorbjørn Thorbjorn Frej Aksel Kristian Flemming Knud Aapo Aatu Ahti Aki Antero Antti Arto Eero Eetu Eino Esa Hannu Harri Heikki Ilkka Jari Jarmo
Jouni Jouko Juho Jussi Kimmo Kyösti Markku Matti Onni Paavo Pasi Pekka Pentti Petri Risto Seppo Simo Tapani
Tapio Teemu Tommi Tuomas Tuomo Urho Vesa Veikko Väinö Ville Aila Aili Eija Helmi Hilkka Iida Irja Jaana Kaisa
Kirsi Kaija Leena Maarit Maija Marjatta Marja Merja Minna Mirja Niina Noora Outi Päivi Paivi Pirjo Raija
Riikka Ritva Saara Sanna Satu Seija Sirkka Sirpa Suvi Taina Tarja Terhi Tuija Tuulikki Virpi Anniina Jenni
Kaarina Kristiina Milla Oona Pauliina Reetta Salla Sini Veera Arnar Atli Birkir Bjarni Björgvin Brynjar Davíð
Egill Eiður Eidur Friðrik Fridrik Guðmundur Gudmundur Gylfi Halldór Halldor Haraldur Hjalti Hörður Hordur
Jóhann Jóhannes Jón Kári Kristján Ólafur Olafur Páll Sigurður Sigurdur Snorri Stefán Sveinn Þór Thor Þórir
Thorir Tómas Viðar Arna Ásta Ásdís Asdis Birna Bryndís Brynja Dagný Dagny Edda Elín Erla Guðrún Guðný Gudny
Halla Hildur Hrafnhildur Ingibjörg Ingibjorg Jóhanna Katrín Kristín Lilja Margrét Ragnheiður Ragnheidur Rakel
Sigríður Sigridur Sólveig Steinunn Svava Unnur Þóra Þórunn Thorunn Vigdís Vigdis
Marijke Sigrún Halldóra Rúna Magnús Kjartan
Poul Bjarne Erling Ejnar Gitte Aase Aage Palle Vagn Kjeld Merete Tjitske Geert Wiebe Hessel Douwe Fokke Jelte
Jouke Wietske Aaltje Hylke Freerk Lieuwe Auke Sietske Ytsje Baukje Grietje Hinke Nynke Kobe Hattie
`;

const IBERIAN_LATIN_GIVEN = `
Cristina Adolfo Agustín Agustin Alfonso Alfredo Amadeo Anselmo Aurelio Baltasar Bartolomé Benito Bernardo Borja Camilo
Cayetano Cristóbal Cristobal Emiliano Esteban Eusebio Evaristo Faustino Felipe Fermín Fermin Florencio Gaspar
Gilberto Gregorio Guillermo Gustavo Héctor Horacio Humberto Isidro Jacinto Jonás Julián Leandro Leopoldo
Lisandro Lorenzo Marcelo Marcos Mariano Martín Mauricio Maximiliano Nicolás Octavio Osvaldo Patricio Ramiro
Reinaldo Rodolfo Rubén Saúl Saul Sebastián Silvio Tomás Ulises Valentín Víctor Adrián Ángel Aitor Alonso Asier
Dámaso Eneko Gorka Iker Imanol Josu Koldo Mikel Unai Xabier Xavi Jordi Josep Oriol Pere Arnau Quim Sergi Lluís
Lluis Manel Marçal Ferran Adriana Agustina Alejandra Amparo Ana Ángela Ángeles Araceli Begoña Begona Blanca
Carolina Concepción Conchita Estefanía Estela Fátima Fernanda Florencia Graciela Inmaculada Itziar Josefa
Juana Laia Lorena Luciana Macarena Maite Nerea Noelia Rosalía Sofía Soledad Valeria Verónica Yolanda Zaira
Ainhoa Aitana Arantxa Encarnación Encarna Felisa Iratxe Irati Jimena Lucía Lola Loli Maribel Maricarmen Mercè
Montse Nekane Nieves Pepa Purificación Vanesa Yaiza Afonso António Caio Cauã Cláudio Claudio Davi Diogo Edson
Filipe Flávio Flavio Heitor Henrique Jair Joaquim Júlio Luís Luiz Márcio Marcio Mário Mateus Matheus Maurício
Murilo Nélson Otávio Paulo Raimundo Renan Rogério Rogerio Romário Rúben Sebastião Sebastiao Sérgio Thiago
Vinícius Vinicius Vítor Vitor Alexandre Caetano Dinis Fernão Guilherme Hélder Helder Hélio Helio Lourenço
Lourenco Óscar Simão Simao Vasco Bruna Cecília Clarice Cláudia Cristiane Débora Eduarda Eliane Fabiana Flávia
Giovana Gisele Isabela Isadora Jéssica Joana Juliana Laís Lais Letícia Leticia Lívia Livia Luana Luíza Luiza
Márcia Marcia Natália Patrícia Priscila Rafaela Rebeca Sônia Tainá Taís Thaís Thais Vitória Francisca Graça
Graca Filipa Margarida Matilde Benedita Conceição Conceicao Glória Lurdes Rosália Sílvia
María José Iván Raúl Íñigo Iñaki Begoña Mónica Verónica Ángela Fátima Míriam Sofía Lucía
`;

const ITALIAN_FRENCH_GIVEN = `
Achille Adriano Agostino Amedeo Antonello Armando Attilio Bartolomeo Benedetto Calogero Carmelo Cesare Ciro
Corrado Cristiano Daniele Edoardo Elio Emanuele Enrico Ettore Fabrizio Felice Filippo Fulvio Gaetano Giampaolo
Giancarlo Gianfranco Gianmarco Gianpiero Gino Giulio Guido Ignazio Innocenzo Jacopo Lamberto Marcello
Massimiliano Mattia Mauro Michelangelo Mirco Nando Natale Nazareno Nello Nicolò Niccolò Nicolo Orazio Ottavio
Pasquale Piero Pierluigi Pierpaolo Raimondo Renzo Rinaldo Romano Rosolino Ruggero Samuele Saverio Silvano
Tiziano Vito Vittorio Alfio Antonino Biagio Concetto Crescenzo Gennaro Nunzio Sabatino Tonino Adele Alda
Annalisa Antonella Assunta Cinzia Concetta Donatella Elisabetta Emanuela Enrica Fabiola Filomena Fiorella
Franca Gaia Giada Gianna Gioia Giorgia Giuliana Grazia Immacolata Liliana Lucrezia Margherita Maura Michela
Mirella Nicoletta Nunzia Ottavia Patrizia Piera Rachele Roberta Romina Rosalba Rosanna Rosaria Rossella
Silvana Susanna Tiziana Ludovica Adrien Alphonse Amaury Anatole Arnaud Aurélien Aurelien Baptiste Benoît
Benoit Blaise Clément Corentin Cyril Cyrille Didier Émile Emile Étienne Etienne Eugène Fabien Florent Franck
Gaël Gael Gaëtan Gaetan Gaston Gauthier Gérard Germain Grégoire Gregoire Grégory Hervé Herve Hugues
Jean-Baptiste Jean-Claude Jean-François Jean-Luc Jean-Marc Jean-Marie Jean-Paul Jean-Pierre Jean-Louis
Jean-Michel Jérémy Joël Jules Kévin Lionel Lucien Matthieu Maximilien Patrice Philibert Raphaël Régis Regis
Sylvain Théo Théophile Timothée Yann Yves Yvon Émilien Gabin Sacha Agathe Albane Anaïs Anais Angélique
Angelique Anne-Marie Anne-Sophie Apolline Ariane Axelle Bérénice Berenice Blandine Capucine Cécile Cecile
Charlène Christelle Clarisse Claude Clémence Clemence Colette Coralie Corinne Delphine Édith Élise Eloïse
Émilie Estelle Eugénie Éloïse Gaëlle Gaelle Geneviève Genevieve Germaine Ghislaine Hortense Jeanne Jeannine
Joëlle Joelle Josiane Josette Justine Karine Laetitia Laurence Léonie Lorène Lydie Maëlle Maelle Marguerite
Marie-Claire Marie-Christine Marie-France Marie-Hélène Marie-Pierre Maryse Maud Maude Mélanie Micheline
Mireille Monique Morgane Mylène Nadège Nadege Noémie Odette Odile Ophélie Ophelie Paulette Perrine Régine
Roselyne Ségolène Segolene Séverine Severine Solène Stéphanie Sylviane Thérèse Véronique Veronique Léna Lou
Louna Aurore
`;

const GERMAN_REGIONAL_GIVEN = `
Adalbert Alfons Alwin Ansgar Arnd Arndt Arnfried Arnulf Baldur Balthasar Bartholomäus Berndt Bertram Bodo
Burghard Cornelius Dankwart Diether Dominikus Eckart Eckehard Eckhart Egbert Ehrenfried Eike Emmerich Ekkehard
Erhard Erhardt Ferdl Fridolin Friedemann Friedbert Gerold Gerwin Godehard Gotthard Gotthold Gottlieb Gunther
Hans-Jürgen Hans-Peter Hans-Joachim Hans-Dieter Hans-Georg Hans-Werner Hans-Günter Hans-Ulrich Harro Hartwig
Heimo Heino Helfried Helmar Henner Herwig Hieronymus Hilmar Ingolf Ingomar Isidor Kai-Uwe Karlheinz Kasimir
Klemens Kuno Lambert Ludger Luitpold Marquard Meinrad Meinolf Matthäus Michl Nepomuk Notker Odo Oswin Otfried
Ottfried Pankraz Pius Poldi Quirin Raimund Rainald Reimund Reinhart Roderich Romuald Sebald Seppl Servatius
Siegbert Siegmund Sieghard Sigmar Theobald Thaddäus Thassilo Traugott Ulli Utz Volkhard Walther Wenzel Wigand
Willibald Willfried Wolfhard Wunibald Beni Dani Hansi Heini Manni Michi Peppi Seppi Wastl Wolfi Reto Ueli
Hansruedi Ruedi Köbi Koebi Jürg Juerg Gian Gian-Luca Luzi Silvan Röbi Fredi Sämi Flurin Andrin Curdin Duri
Aloisia Amalie Annemie Annerose Anneliese Annelore Auguste Babette Benedikta Berta Bertha Brunhilde Burgl
Centa Christl Cilli Cäcilie Edeltraut Editha Eleonore Elfi Elsbeth Erdmute Ernestine Eva-Maria Friedel Gerburg
Gerti Gertraud Gertraude Gretel Gretl Gundula Gunda Hedi Heidemarie Heidrun Helma Henny Herta Hiltrud Hulda
Ilsabe Irmela Irmhild Isolde Karola Käthe Kaethe Kathi Klothilde Kreszenz Kunigunde Lioba Luitgard Margarethe
Mariele Marlis Melitta Notburga Ortrud Radegunde Reinhilde Resi Rosl Rosel Rotraut Rotraud Sieglinde Sigrun
Theresia Traudl Trude Trudi Vroni Walburga Wiltrud Zenta Zenzi Gerhild Hanni Heidelinde Lotti Mechtild Rosina
Trudel Walli Vreni Vreneli Regula Brigitta Margrit Margrith Rösli Rosmarie Barbla Mengia Seraina Ladina Ursina
Flurina Madlaina Gesche Telse Okke Broder Tade Enno Focke Ocke Sönnich Frerk Meinert Jelto Dora
Sylke Silke Anke Heike Elke Frauke Wiebke
`;

const ENGLISH_WELSH_AMERICAN_GIVEN = `
Jermaine Tyrone Delroy Beverley Abe Abner Alf Algernon Alton Ambrose Amos Ansel Arlo Atticus Barnaby Bartholomew Bertie Beverly Boyd Brad
Brock Buford Byron Calvin Cecil Cedric Clarence Clyde Conrad Dalton Darnell Dashiell Delbert Desmond Dexter
Duane Dwight Elbert Eldon Elmo Emmett Enoch Ephraim Errol Ezekiel Fletcher Floyd Forrest Garfield Garth
Gilbert Godfrey Grady Granville Grover Gus Harlan Harvey Herschel Hiram Horace Hollis Humphrey Ignatius Irving
Irwin Isaiah Jeb Jebediah Jedediah Jethro Jonah Josiah Kermit Kirk Lamar Leland Lemuel Leroy Lester Linwood
Lonnie Lowell Lucius Luther Lyle Maynard Merrill Monty Mortimer Myron Ned Nelson Obadiah Orville Otis Percival
Quincy Randolph Reuben Rex Rhett Roderick Rollo Roscoe Russ Sherman Simeon Solomon Stewart Sylvester Thaddeus
Theodore Thurston Truman Ulysses Vaughn Vance Virgil Wallace Walton Webster Wendell Wilbert Wilfred Willard
Woodrow Zeb Zeke Harrison Agatha Althea Annabel Annabelle Antoinette Arabella Bernice Beryl Blanche Candace
Carlene Cassidy Celeste Clementine Cordelia Darlene Delia Della Dottie Emmeline Enid Esme Etta Eunice Flossie
Freda Georgina Geraldine Gertie Hilda Ione Jemima Jillian Josie Leona Lettie Lois Loretta Lottie Lucille
Luella Lula Madge Mamie Maxine Meredith Millicent Minerva Minnie Miranda Nell Nettie Norma Ophelia
Phyllis Priscilla Queenie Rhonda Rosalind Rosalyn Rosamund Roxanne Trudy Velma Vivian Wilhelmina Winnie
Brantley Braxton Bryce Cason Colby Dillon Emery Finley Harlow Hayden Jace Jaxson Kaden Kayden Keegan Kendall
Kolton Kyler Maddox Marley Nash Paxton Raylan Reid Ryder Weston Addison Adalyn Aaliyah Tanisha Latisha Keisha Alaina Aliyah Ashlyn
Brielle Brinley Briana Brianna Callie Carly Delaney Elliana Hadley Jayla Jordyn Kaylee Kenzie Kinley Lainey
Leighton Lilah Lyla Macy Makayla Makenzie Mckenna Raelynn Reagan Rylee Shelby Taryn Teagan Tenley Tatum
Ainsley Aled Alun Aneurin Arwel Bryn Cadfael Cai Caradog Cynan Dafydd Deiniol Eifion Elis Emlyn Emrys Geraint
Glyn Gruffudd Gruffydd Gwilym Gwyn Hywel Huw Ieuan Iestyn Ifan Ioan Iolo Llewellyn Llywelyn Madoc Meirion
Osian Owain Peredur Rhodri Rhydian Steffan Taliesin Tomos Trefor Tudur Wyn Angharad Anwen Bethan Blodwen
Branwen Cerys Ceri Dilys Elen Eleri Ffion Glenys Gwenllian Gwyneth Heledd Llinos Lowri Mair Meinir Mererid
Morwenna Nerys Nia Olwen Rhian Rhiannon Seren Siân Sioned Tegan Tesni Glenda Gwenda
Bev Lou Liz Viv Jodie Jodi Bex Debs Trish Jen Steph Bernie Tasha Jojo
Jess Bree
Aroha Ngaio Tane Wiremu Hemi Mere Anahera
`;

const SAHEL_WEST_AFRICAN_GIVEN = `
Amadou Mamadou Ousmane Ibrahima Abdoulaye Boubacar Souleymane Oumar Seydou Modou Lamine Cheikh Assane Babacar
Aliou Alassane Sekou Sékou Ismaila Ismaïla Mamadi Moctar Mahamadou Hamidou Adama Bakary Karamba Demba Yero
Thierno Tidiane Malick Idrissa Lassana Fousseyni Salif Dramane Sidiki Siaka Drissa Youssouf Oumarou Fatoumata
Aminata Aissatou Aïssatou Mariama Kadiatou Djeneba Djénéba Oumou Fatou Awa Khady Ndeye Ndèye Coumba Dieynaba
Rokhaya Astou Ramata Hawa Kadidia Assitan Sira Nafissatou Mame Yacine Adja Aminatou Mariétou Ndack
`;

const HORN_OF_AFRICA_GIVEN = `
Tesfaye Abebe Yonas Haile Mekonnen Dawit Tigist Senait Yohannes Tewodros Getachew Girma Alemayehu Berhane
Berhanu Kidane Tekle Mulugeta Biniam Biniyam Filmon Robel Natnael Semere Awet Mehari Efrem Habtom Tesfay Meron
Rahel Mahlet Selamawit Hiwot Frehiwot Hirut Tsion Yordanos Winta Luwam Almaz Aster Genet Tsehay Abdirahman
Abdullahi Abdikadir Abdiaziz Abdirashid Mohamud Mahad Hodan Ayaan Hibaq Sahra Ifrah Deqa Faduma Halimo Khadra
Nimco Ubah Warsan Idil Ilhan Ikran Abdi
`;

const CAUCASUS_CENTRAL_ASIAN_GIVEN = `
Giorgi Nino Levan Tamar Davit Irakli Zurab Lasha Nodar Shota Tornike Nikoloz Ketevan Natia Tamuna Maia
Hovhannes Anahit Narek Tigran Armen Hayk Lilit Gayane Karine Ruzanna Anush Arsen Vardan Ashot Mher Rustam
Dilnoza Bakhyt Aigerim Nurlan Temur Farrukh Gulnara Aibek Askar Daniyar Yerlan Zhanna Asel Aizhan Saule
Bakhtiyar Sherzod Jasur Dilshod Ulugbek Nodira Shakhnoza Elvin Elnur Aynur Tural Ramil Orkhan Vugar Gunel Nigar
Sevinj Kamran
`;

export const WORLD_GIVEN_NAMES_TEXT = [
  IRISH_SCOTTISH_GIVEN,
  WEST_AFRICAN_GIVEN,
  SAHEL_WEST_AFRICAN_GIVEN,
  EAST_SOUTH_AFRICAN_GIVEN,
  HORN_OF_AFRICA_GIVEN,
  CAUCASUS_CENTRAL_ASIAN_GIVEN,
  SOUTH_ASIAN_GIVEN,
  CHINESE_GIVEN,
  VIETNAMESE_GIVEN,
  KOREAN_JAPANESE_GIVEN,
  SOUTHEAST_ASIAN_GIVEN,
  ARABIC_GIVEN,
  PERSIAN_KURDISH_AFGHAN_GIVEN,
  TURKISH_GIVEN,
  GREEK_ALBANIAN_GIVEN,
  BALKAN_HUNGARIAN_GIVEN,
  POLISH_CZECH_SLOVAK_GIVEN,
  EAST_SLAVIC_BALTIC_GIVEN,
  DUTCH_NORDIC_GIVEN,
  IBERIAN_LATIN_GIVEN,
  ITALIAN_FRENCH_GIVEN,
  GERMAN_REGIONAL_GIVEN,
  ENGLISH_WELSH_AMERICAN_GIVEN,
].join(" ");

// ---------------------------------------------------------------------------------------------
// Family names
// ---------------------------------------------------------------------------------------------

const IRISH_SCOTTISH_SURNAMES = `
Briain Súilleabháin Suilleabhain Ceallaigh Néill Neill Domhnaill Donnchadha Conchúir Conchuir Murchú Murchu
Dochartaigh Raghallaigh Riain Tuathail Flaithbheartaigh Ceallacháin Ceallachain Cearbhaill Dubhghaill
Gallchobhair Gallchóir Gallchoir Mathúna Mathuna Loingsigh Ruairc Séaghdha Seaghdha Cinnéide Cinneide Grádaigh
Gradaigh Laoghaire Meachair Máille Catháin Cathain Carthaigh Mathghamhna Mhurchú O'Reilly OReilly Reilly
O'Connell OConnell Connell O'Donnell ODonnell Donnell O'Doherty Doherty Docherty O'Mahony Mahony Mahoney
O'Callaghan Callaghan O'Keeffe Keeffe Keefe O'Shea O'Dwyer Dwyer O'Rourke Rourke O'Hara O'Leary Leary
O'Donoghue Donoghue Donohue O'Gorman Gorman O'Malley Malley O'Toole Toole O'Flaherty Flaherty O'Driscoll
Driscoll O'Halloran Halloran O'Grady Grady O'Kane Kane O'Carroll O'Dea Farrell Connolly Daly Dunne Kavanagh
Cavanagh McGrath McMahon MacMahon McNamara Hogan Moran Maguire McGuire Keane Kearney Kearns Kinsella
Fitzpatrick Gallagher Boyle Brady Clarke Cullen Dempsey Devlin Duffy Egan Fahey Fahy Fennelly Finnegan
Flanagan Foley Geraghty Hanlon Healy Heffernan Higgins Horgan Hurley Keating Keogh Kehoe Kiernan Lenihan
Lonergan Loughlin McAuliffe McCann McCormack McDermott McDonagh McEvoy McGee McGovern McHugh McKenna
McLoughlin McManus McNally McSweeney Sweeney Meehan Molloy Mooney Mulligan Mulcahy Mullen Nagle Nugent Phelan
Prendergast Quigley Quinlan Redmond Regan Reidy Scanlon Sheehan Sheridan Slattery Tierney Twomey Whelan Cronin
Crowley Coughlan Cahill Carey Carney Cleary Coffey Conway Corcoran Costello Coyle Cusack Delaney Dolan Donovan
Dooley Doran Dowling Downey Duggan Durkin Fallon Feeney Flynn Gleeson Hanrahan Harrington Hegarty Houlihan
Joyce Kealy Kenny Kirwan Lalor Larkin Lawlor Lennon Lyons McBride McCabe McElroy McGinley McGowan McInerney
McKeown McNulty Mulhern Mullally Mullins Murtagh Naughton Noonan Rafferty Rooney Shanahan Tobin Tully MacLeod
McLeod MacKay McKay MacKinnon MacLean McLean MacGregor McGregor MacDougall MacFarlane McFarlane MacIntyre
McIntyre MacPherson MacRae McRae MacAulay MacLachlan MacNeil McNeil McMillan MacIver MacKenzie Buchanan
Sinclair Drummond Fraser Gillies Kerr Lamont Menzies Munro Munroe Ogilvie Ogilvy Rennie Urquhart Wishart
Guthrie Dalgleish Haig Kinnear Kirkpatrick Learmonth Lumsden Maxwell Moffat Murdoch Ramsay Strachan Sutherland
Tait Buchan Cowan Crichton Galbraith Gilchrist Imrie Innes Jardine Kincaid Laing Leckie McAllister McAlpine
McBain McColl McCrae McCulloch McEwan McFadyen McGill McIntosh McKinlay McLaren McLellan McPhee McQueen Mowat
Niven Pringle Rankin Rutherford Thomson Baird Carmichael Colquhoun Cruickshank Dewar Dickson Erskine Forsyth
Geddes Hendry Inglis Lauder MacAskill
`;

const AFRICAN_SURNAMES = `
Adebayo Adeleke Adewale Adeniyi Adeoye Ajayi Akande Akinola Akinwale Alabi Aluko Babalola Bakare Balogun Bello
Coker Fashola Fayemi Ogunleye Ogundipe Ogunbiyi Ogunlade Oladipo Olaniyan Olatunji Olawale Olayinka Oyelaran
Oyewole Oyinlola Shittu Sowande Adebisi Afolabi Ayodele Okeke Okoro Okoye Onyeka Onuoha Nwosu Nwachukwu
Nwankwo Nwafor Nnadi Eze Ezeh Ezeani Ezekwesili Igwe Iheanacho Ikenna Mbah Nduka Nnamdi Obiora Ogbonna Okolie
Okonjo Okoronkwo Okpara Onwuka Uchenna Udeh Ugwu Ukpabi Umeh Anyanwu Chukwu Chukwuma Achebe Adichie Dangote
Abubakar Aliyu Danjuma Garba Lawal Musa Sani Shehu Usman Yakubu Yaradua Buhari Gwarzo Jega Tinubu Abacha Adjei
Agyeman Amoah Ampofo Asante Boateng Darko Dankwa Frimpong Gyamfi Kufuor Nkrumah Ofori Opoku Osei Quaye Sarpong
Tetteh Yeboah Acheampong Addo Agyei Amankwah Annan Appiah Arthur Asamoah Badu Bonsu Danquah Kusi Kyei Nyarko
Oduro Ansah Antwi Mahama Kamau Mwangi Kimani Njoroge Otieno Ochieng Odhiambo Onyango Owino Kariuki Karanja
Mutua Wanyama Wafula Wekesa Barasa Kiprono Kipchoge Kiplagat Kiprotich Kibet Cheruiyot Kirui Korir Rotich Ruto
Kenyatta Odinga Omondi Ouma Okoth Oloo Kiptoo Chelimo Kosgei Langat Maina Macharia Githinji Gitau Muriuki
Muthee Nyaga Waweru Wambugu Ndungu Njenga Kinyua Wachira Kilonzo Musyoka Mutiso Mwenda Kirimi Gikonyo Mbugua
Dlamini Nkosi Ndlovu Mthembu Khumalo Ngcobo Buthelezi Mkhize Cele Shabalala Mahlangu Sithole Mabaso Zungu
Mnguni Ntuli Hlongwane Gumede Ngubane Xaba Mathebula Baloyi Maluleke Mokoena Molefe Mofokeng Radebe Nkuna
Tshabalala Motaung Modise Sibiya Nxumalo Mkhabela Masilela Masondo Msimang Ndaba Nhlapo Nene Ngema Qwabe Shezi
Vilakazi Zwane Mbatha Maseko Khoza Kubheka Magagula Mazibuko Mbele Mchunu Mdlalose Mhlongo Mlambo Msomi
Mthethwa Ndimande Sibisi Sokhela Xulu Zondi Zuma Mbeki Ramaphosa Mandela Sisulu Tambo Moloi Mohale Mohapi
Mosia Lekota Letsie Makhele Botha Coetzee Coetzer DuPlessis Plessis Fourie Gouws Grobler Hattingh Joubert
Kruger Labuschagne Louw Malan Marais Meiring Naude Naudé Nel Oosthuizen Pienaar Pretorius Prinsloo Potgieter
Rossouw Snyman Steyn Swanepoel Terblanche Theron Uys VanWyk VanDerMerwe Merwe Venter Viljoen Visagie Vorster
Vermaak Wessels Bezuidenhout Badenhorst Bekker Breytenbach Cilliers Claassen Cronje Cronjé DeKlerk Klerk
DeVilliers Villiers DuToit Engelbrecht Esterhuizen Greyling Hanekom Heyns Jordaan Kotzé Lotter Mostert Nortje
Nortjé Odendaal Pieterse Retief Roux Scholtz Strydom Steenkamp VanRensburg Rensburg VanZyl Zyl Vosloo
Wolmarans Schoeman Stander Heerden Niekerk Schalkwyk Rooyen Vuuren Jaarsveld Staden Tonder Aswegen Mugabe Moyo
Ncube Sibanda Dube Mpofu Nyathi Chikwanha Chinamasa
`;

const SOUTH_ASIAN_SURNAMES = `
Agarwal Aggarwal Agrawal Ahuja Arora Bajaj Banerjee Bansal Bhatia Bhatt Bhattacharya Bhattacharjee Chakraborty
Chakrabarti Chatterjee Chaudhary Chaudhry Chowdhury Choudhury Dasgupta Dutta Datta Desai Deshmukh Deshpande
Dubey Garg Ghosh Goel Goyal Iyengar Jain Jha Joshi Kapoor Kaur Khanna Khurana Kulkarni Malhotra Menon Mishra
Mukherjee Nair Pandey Pillai Rajan Saxena Sethi Shukla Sinha Srivastava Tiwari Trivedi Verma Yadav Chopra
Dhillon Grewal Sandhu Sidhu Sodhi Randhawa Brar Virk Bains Chahal Dhaliwal Johal Sahota Sangha Aulakh Bhullar
Cheema Kalsi Kohli Saini Walia Anand Bakshi Bhandari Bedi Chawla Dhawan Dixit Gandhi Mahajan Mathur Nagpal
Nanda Oberoi Puri Rastogi Sachdeva Sahni Sawhney Sehgal Sood Suri Tandon Thakur Vohra Wadhwa Ahluwalia Arya
Awasthi Bhardwaj Chauhan Chandra Dwivedi Gaur Mittal Nigam Pathak Rathore Rawat Shekhawat Tripathi Upadhyay
Vaidya Vyas Acharya Bhagat Chaturvedi Kashyap Naik Nayak Parekh Parikh Pandya Patil Pawar Rane Sawant Shinde
Jadhav Gaikwad Kamat Kamath Shenoy Hegde Bhat Pai Prabhu Shetty Gowda Naidu Chowdary Raju Varma Kurian
Varghese Mathew Chacko Cherian Namboodiri Panicker Nambiar Krishnan Subramanian Natarajan Raman Ramanathan
Venkataraman Sundaram Swaminathan Rajagopalan Balasubramanian Krishnamurthy Krishnamoorthy Narayanan
Srinivasan Gopalan Murthy Murthi Rangan Sastry Shastri Rajput Sarkar Biswas Saha Mondal Mandal Haldar Majumdar
Mazumdar Sengupta Basu Guha Mitra Nandi Sanyal Lahiri Bhowmik Chanda Dey Ganguly Halder Hossain Uddin Ahmed
Khan Malik Qureshi Siddiqui Awan Mirza Bhatti Abbasi Akhtar Anwar Ashraf Baig Bukhari Durrani Farooqi Farooq
Gilani Hashmi Iqbal Jafri Jamali Javed Kazmi Khattak Khokhar Lodhi Naqvi Niazi Rana Rizvi Sattar Shaikh Tariq
Usmani Warraich Zaidi Yousaf Yousafzai Afridi Jatoi Leghari Memon Soomro Talpur Bhutto Sharif Mahmood Masood
Shafi Nawaz Siddiqi Ansari Chishti Haider Hyder Jilani Kiani Minhas Paracha Rehman Tarar Perera Fernando
DeSilva Jayasuriya Jayawardena Jayawardene Wickramasinghe Wickremesinghe Rajapaksa Bandara Dissanayake
Gunawardena Gunasekara Herath Karunaratne Kumarasinghe Liyanage Mendis Ranasinghe Rathnayake Samaraweera
Senanayake Wijesinghe Wijeratne Weerasinghe Amarasinghe Abeysekera Gamage Jayasinghe Pathirana Peiris
Premadasa Ratnayake Seneviratne Tennakoon Wijesekara Wijewardena Kulatunga Siriwardena Hettiarachchi Ekanayake
Edirisinghe Jayakody Munasinghe Nanayakkara Rodrigo Sirisena Weerakoon Wanigasekara Kandiah Sivarajah Thambiah
Selvarajah Rajaratnam Ponnambalam Arulanandam Navaratnam Sivanesan Thevarajah
`;

const EAST_ASIAN_SURNAMES = `
Li Lin Luo Gao Zheng Liang Xie Feng Deng Cao Peng Zeng Xiao Tian Yuan Cai Jiang Yu Cheng Wei Su Lu Ren Shen
Yao Cui Zhong Liao Jin Xue Bai Duan Hao Kong Shao Meng Qin Qiu Jia Hou Yin Xiong Xia Gu Mao Qian Hu Chang Chan
Chung Wong Leung Cheung Lau Ng Kwok Mak Tse Tsang Chiu Fong Kwan Tam Yeung Yuen Choy Chu Fung Hui Kwong Lai
Siu Yau Poon Koo Soo Teo Goh Ong Toh Seah Quek Heng Koh Yeo Chua Chong Khoo Liew Loh Loke Phua Hsu Hsieh Tsai
Chiang Kao Chou Chao Yeh Tseng Hsiao Chien Kuo Chuang Shih Shi Guo Zou Qi Yan Dai Tao Xiang Hong Nguyễn Trần
Phạm Pham Hoàng Hoang Huỳnh Huynh Phan Vũ Vu Võ Vo Đặng Bùi Bui Ngô Dương Duong Lý Ly Đinh Dinh Trương Truong
Lâm Trịnh Trinh Đoàn Doan Lương Luong Châu Chau Quách Quach Lưu Luu Kiều Kieu Khúc Khuc Triệu Trieu Hứa Hua
Nghiêm Nghiem Phùng Phung Vương Vuong Diệp Diep Đào Dao Jeong Yun Jeon Kwon Hwang Ahn Yoo Bae Baek Paik Heo
Hur Noh Kwak Seong Cha Joo Ryu Eom Chae Byun Hyun Choo Pyo Seok Rhee Yi Ito Itō Kato Katō Yoshida Yamada
Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Yamasaki Mori Abe Ikeda Hashimoto Yamashita
Ishikawa Nakajima Maeda Fujita Ogawa Goto Gotō Okada Hasegawa Murakami Kondo Ishii Saito Saitō Sakamoto Endo
Aoki Fujii Nishimura Fukuda Ota Miura Fujiwara Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura Takeuchi
Kaneko Wada Nakayama Ishida Ueda Morita Hara Shibata Sakai Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Ando
Taniguchi Ohno Maruyama Imai Takada Fujimoto Takeda Murata Ueno Sugiyama Masuda Sugawara Hirano Otsuka Kubo
Matsui Iwasaki Sakurai Kinoshita Noguchi Matsuo Nomura Kikuchi Sano Onishi Sugimoto Arai Hamada Kojima Hirata
Kuroda Hoshino Nagai Takano Matsumura Tsuchiya Bautista Villanueva Aquino Ocampo Manalo Mercado Tolentino
Panganiban Dimaculangan Dimaano Magsaysay Marcos Macapagal Soriano Dizon Lacson Lagman Lapid Legaspi Lualhati
Mabini Malabanan Manalastas Manansala Pangilinan Quiambao Robredo Sarmiento Sison Tiongson Villareal Yulo
Agbayani Alcantara Abad Abella Buenaventura Catapang Cayabyab Concepcion Cortez DeGuzman DeLeon DelosSantos
DelosReyes DelaCruz Dimagiba Enriquez Espiritu Evangelista Galang Gatchalian Lacsamana Lazaro Magno Malonzo
Manalang Mangubat Padilla Quizon Roque Tamayo Tiangco Umali Valenzuela Ventura Yabut Zapanta Srisuk Saetang
Saelee Saeyang Wongsuwan Wongsawat Thongdee Thongsuk Suwannarat Kaewkhao Kaewmanee Chaiyasit Bunnag Chaisiri
Jaidee Jantarasuk Kongsuk Meesuk Nakprasert Phromma Rattanaporn Saengchai Sirisuk Sombatsiri Srichai Srisawat
Suksawat Wongchai Yodying Chantarasiri Intharapanya Khamsuk Ruangsri Pongsiri Siriwong Thanarat Wijaya Gunawan
Halim Hartono Kusuma Kusumo Kurniawan Setiawan Susanto Tanoto Salim Sudirman Suharto Sukarno Hidayat Nugroho
Prasetyo Pratama Purnomo Rahardjo Saputra Simanjuntak Siregar Sitompul Nasution Harahap Lubis Hutapea
Pangaribuan Sinaga Situmorang Tambunan Tobing Widjaja Wibowo Widodo Yudhoyono Hakim Hasibuan Manurung
Panjaitan Silalahi Simatupang Sembiring Ginting Tarigan Sihombing Pardede Sianturi Marpaung Damanik Purba
Sutanto Sugiarto Budiman Setiadi Hartanto Tjahjadi Tanujaya Kusnadi Effendi Hamzah Syahputra Firmansyah
Ramadhan Permana Utomo Wibisono Winata Wirawan Susilo Subagyo Sulistyo Suryadi Suryana Darmawan Lam
`;

const MIDDLE_EASTERN_SURNAMES = `
Abboud Abdallah Abdelaziz Abdelrahman Abdo Aboud Akl Alami Alaoui Amrani Ashour Assaf Atallah Awad Ayoub Azzam
Badawi Bakri Barakat Bazzi Benali Benjelloun Bennani Benslimane Berrada Bitar Bouzid Chahine Chaoui Darwish
Dabbagh Diab El-Amin Fakhoury Farhat Fawaz Ghanem Gharib Habib Hamdan Hamoud Hariri Hassoun Hatem Hijazi Hilal
Idrissi Jaber Jabbour Kassem Kassab Kanaan Karam Khalaf Khalifa Khalil Khatib Kurdi Mahfouz Makhlouf Maalouf
Mansouri Masri Mazloum Merhi Mourad Moussa Nahas Najjar Nassar Nassif Othman Qasem Qassem Rahal Rizk Sabbagh
Sadek Safi Saliba Salameh Sarkis Shaheen Shalaby Sharaf Shehab Shihab Sleiman Srour Suleiman Tabet Tahan Tahir
Touma Yassin Yazbek Younes Youssef Zaher Zein Zidane Ziadeh Zoghbi Al-Ahmad Al-Ali Al-Amiri Al-Dosari
Al-Ghamdi Al-Harbi Al-Hashimi Al-Jaber Al-Kaabi Al-Khalifa Al-Maktoum Al-Mansouri Al-Marri Al-Mutairi
Al-Nahyan Al-Otaibi Al-Qahtani Al-Qasimi Al-Rashid Al-Shammari Al-Suwaidi Al-Thani Al-Zahrani Dosari Ghamdi
Harbi Mutairi Otaibi Qahtani Shammari Zahrani Suwaidi Kaabi Marri Shamsi Hashemi Amiri Tamimi Anezi Ajmi
Rashidi Zaabi Mazrouei Nuaimi Dhaheri Falasi Benmoussa Bouazza Boukhari Boudiaf Chraibi El-Fassi Fassi Ghazi
Hamidi Kaddouri Lahlou Mekki Naciri Ouazzani Slaoui Tazi Tahiri Zerouali Benkirane Belkacem Boumediene
Benaissa Bensaid Benyoussef Bouteflika Hadjadj Kaci Khelifi Mebarki Meziane Saidi Tlemcani Bouaziz Trabelsi
Jebali Ghannouchi Mejri Hammami Gharbi Jaziri Ayari Chebbi Afshar Akbari Alavi Amini Asadi Azizi Bagheri
Bahrami Daneshvar Ebrahimi Esfahani Farahani Ghasemi Ghorbani Heidari Jafari Kazemi Khalili Khorasani Mahmoudi
Mirzaei Mousavi Musavi Nazari Nouri Rahimi Rahmani Rostami Sadeghi Salehi Shirazi Soltani Tabatabai Tehrani
Yazdani Zamani Zand Behzadi Daneshpour Esmaeili Eskandari Faraji Farhadi Ghaffari Golestani Hosseinzadeh
Jalali Kamali Kashani Khosravi Madani Majidi Mohammadzadeh Moghaddam Nikzad Pahlavi Parsa Razavi Sharifi
Taheri Talebi Vahidi Zarei Sohrabi Sabzevari Saberi Mehrabi Naderi Nasiri Navabi Asgari Bakhtiari Farahmand
Jahani Karami Kermani Latifi Najafi Pourmand Rouhani Zadeh Barzani Talabani Zebari Amedi Hawrami Doski Sindi
Mirani Berwari Ahmadzai Popal Popalzai Karzai Ghani Barakzai Hotak Sultani Noori Hakimi Stanekzai Mohmand
Wardak Zazai Sadat Rasuli Qaderi Habibi Kakar Atmar Azimi Naseri Samadi Yusufzai Noorzai Alokozai Achakzai
Mohammadzai Nuristani Panjshiri
`;

const TURKISH_GREEK_ALBANIAN_SURNAMES = `
Akbulut Akçay Akcay Akdağ Akdag Akdemir Akgül Akgul Akgün Akgun Akkaya Akman Akpınar Akpinar Aksu Aktürk
Akturk Alkan Altın Altin Altıntaş Altintas Atalay Aydoğan Aydogan Aygün Aygun Bakır Bakir Balcı Balci Başaran
Basaran Bayrak Bayram Bektaş Bektas Bilgin Bilgiç Bilgic Bozdağ Bozdag Budak Çakmak Cakmak Canpolat Cengiz
Coşkun Coskun Çınar Cinar Demirci Demirel Demirtaş Demirtas Dinç Dinc Duran Durmaz Eken Ekinci Elmas Eren
Ergin Erkan Erdem Ersoy Ertürk Erturk Esen Eser Gök Gökçe Gokce Göktaş Goktas Gündoğdu Gundogdu Gündüz Gunduz
Güngör Gungor Gürbüz Gurbuz Gürsoy Gursoy Güzel Guzel Kahraman Kalkan Karaca Karadağ Karadag Karakaya Karakuş
Karakus Karaman Kayaalp Kaymak Keleş Keles Kocabaş Kocabas Kocaman Koçak Kocak Koyuncu Metin Orhan Oruç Oruc
Özbek Ozbek Özgür Ozgur Özkaya Ozkaya Özyurt Ozyurt Pehlivan Sağlam Saglam Sarıkaya Sarikaya Savaş Savas Şeker
Seker Sezer Soylu Sönmez Sonmez Taşkın Taskin Tatlı Tatli Temel Toprak Tosun Tunç Tunc Turgut Ulusoy Uzun Ünlü
Unlu Yağız Yagiz Yaman Yazıcı Yazici Yetkin Yiğit Yigit Yurdakul Yücel Yucel Zengin Akyol Akyüz Akyuz Baysal
Çevik Cevik Deniz Doğru Dogru Gezer Karabulut Kartal Kılınç Kilinc Kiraz Kurtuluş Kurtulus Mutlu Önal Onal
Özgen Ozgen Özmen Ozmen Sevinç Sevinc Sürücü Surucu Topal Topçu Topcu Yörük Yoruk Yüce Yuce Alexiou Anagnostou
Andreou Angelopoulos Antoniou Apostolou Athanasiou Christodoulou Christou Constantinou Konstantinou Dimopoulos
Economou Oikonomou Georgiadis Giannakopoulos Giannopoulos Ioannidis Kalogeropoulos Karagiannis Karamanlis
Katsaros Konstantinidis Kostopoulos Kyriakou Lambrou Makris Mavridis Michailidis Nikolaou Pappas
Panagiotopoulos Papageorgiou Papanikolaou Papandreou Papazoglou Pavlidis Petridis Petrou Photiou Samaras
Savvidis Sotiriou Stavrou Stefanidis Theodorou Triantafyllou Tsakiris Tsipras Vasileiou Vlachos Xenakis Zervas
Zografos Antonopoulos Baltas Chatzis Chatzidakis Daskalakis Doukas Efstathiou Galanis Georgakopoulos Gkikas
Iliopoulos Kapetanios Karalis Kokkinos Kourtis Kotsis Lazaridis Livanos Manolakis Markopoulos Mitsotakis
Moustakas Nikolopoulos Papadimitriou Papathanasiou Raptis Sarris Sideris Spanos Tzimas Vlachou Berisha
Krasniqi Gashi Hoxha Shala Morina Kelmendi Bytyqi Rexhepi Hajdari Ahmeti Ismaili Osmani Sadiku Zeqiri Haliti
Beqiri Maliqi Kastrati Jashari Thaçi Thaci Kurti Rugova Mehmeti Hasani Bajrami Limani Murati Musliu Selimi
Sejdiu Spahiu Xhaferi Zeneli Avdiu Aliu Begolli Dervishi Duka Fejzullahu Gjoka Hyseni Islami Kryeziu Lleshi
Mulaj Nikolla Prenga Qosja Salihu Sopi Topalli Veseli Vokshi Ymeri Zogaj Bislimi Dushi Gjergji Kuqi Lika
Marku Nushi Pllana Rrahmani Shabani Sylejmani Tafa Uka Vata Xhemajli Zeka
`;

const BALKAN_HUNGARIAN_SURNAMES = `
Đorđević Djordjevic Dordevic Ilić Ilic Stojanović Stojanovic Pavlović Pavlovic Milošević Milosevic Stanković
Stankovic Lazić Lazic Kostić Kostic Mitrović Mitrovic Živković Zivkovic Tomić Tomic Radović Radovic Simić
Simic Obradović Obradovic Janković Jankovic Vasić Vasic Todorović Todorovic Lukić Lukic Stević Stevic Kovač
Kovac Knežević Knezevic Vuković Vukovic Matić Matic Perić Peric Pavić Pavic Blažević Blazevic Grgić Grgic
Pavlić Pavlic Božić Bozic Radić Radic Tadić Tadic Vidović Vidovic Kovačić Kovacic Novaković Novakovic Šarić
Saric Lovrić Lovric Perković Perkovic Filipović Filipovic Kolar Vukić Vukic Mandić Mandic Rukavina Barišić
Barisic Hodžić Hodzic Hadžić Hadzic Mujić Mujic Delić Delic Begić Begic Husić Husic Alić Alic Hasić Hasic
Halilović Halilovic Hasanović Hasanovic Ibrahimović Ibrahimovic Mehmedović Mehmedovic Suljić Suljic Omerović
Omerovic Salihović Salihovic Karić Karic Čolić Džeko Dzeko Selimović Selimovic Avdić Avdic Imamović Imamovic
Mustafić Mustafic Šehić Sehic Kurtović Kurtovic Dimitrov Dimitrova Georgiev Georgieva Todorov Todorova
Stoyanov Stoyanova Nikolov Nikolova Kolev Koleva Angelov Angelova Atanasov Atanasova Yordanov Yordanova
Hristov Hristova Stefanov Stefanova Iliev Ilieva Marinov Marinova Mihaylov Mihaylova Krastev Vasilev Vasileva
Petkov Kostov Dimov Tsvetkov Genov Lazarov Zhelev Slavov Yankov Popescu Ionescu Popa Dumitru Stoica Gheorghe
Matei Ciobanu Rusu Munteanu Moldovan Dinu Lungu Mocanu Nistor Florea Tudor Ene Lazăr Preda Dobre Barbu Cristea
Ilie Anghel Nedelcu Diaconu Dragomir Vasile Toma Oprea Voicu Neagu Manea Ungureanu Sandu Mihăilă Mihaila
Enache Iordache Dobrescu Georgescu Stanciu Stănescu Stanescu Căpraru Bălan Balan Coman Sârbu Sarbu Zamfir
Niculescu Marinescu Constantinescu Popovici Petrescu Vasilescu Grigore Ardelean Avram Bucur Ciobotaru Cojocaru
Costache Croitoru Dumitrescu Iordan Lupu Mazilu Moraru Niță Nita Radulescu Rădulescu Tănase Tanase Toader
Zaharia Nagy Kovács Kovacs Tóth Toth Szabó Szabo Horváth Horvath Varga Molnár Molnar Németh Nemeth Farkas
Balogh Papp Takács Takacs Juhász Juhasz Lakatos Mészáros Meszaros Oláh Olah Rácz Racz Fekete Szilágyi Szilagyi
Török Torok Fehér Feher Szűcs Szucs Kocsis Orsós Pintér Pinter Fodor Szalai Sipos Lukács Lukacs Király Kiraly
Katona Jakab Hegedűs Hegedus Antal Kelemen Orosz Somogyi Fülöp Fulop Vincze Veres Budai Bodnár Bodnar Hajdu
Vass Pásztor Pasztor Boros Lengyel Deák Deak Bognár Bognar Halász Halasz Mátyás Matyas Szekeres Csonka Vörös
Voros Erdős Erdos Dudás Dudas Barta Kozma Gáspár Bencze Székely Szekely Illés Illes Vida Borbély Borbely
Csizmadia Szénási Szenasi Bartos Kerekes Kalmár Kalmar Sárközi Sarkozi Dobos Nemes Szőke Szoke Zsiga Fazekas
Berki Ambrus Rostás Rostas Szabados
`;

const SLAVIC_BALTIC_SURNAMES = `
Bielecki Bielski Błaszczyk Blaszczyk Chmiel Chojnacki Czajkowski Domański Domanski Filipek Gołębiowski
Golebiowski Górecki Gorecki Grzelak Kaczmarek Kaczmarczyk Kaczyński Kaczynski Kasprzak Kędzierski Kedzierski
Kopeć Kopec Kowalewski Kozak Krawiec Krupa Kubacki Kurek Kwiatkowska Leśniak Lesniak Łukasik Lukasik Majewska
Malinowska Marczak Matuszewski Mazurkiewicz Michalska Mikołajczyk Mikolajczyk Milewski Nowakowska Nowicka
Olejnik Olszewska Orłowski Orlowski Ostrowska Pająk Pajak Pawlik Piątek Piatek Pietrzyk Piotrowska Przybysz
Rogalski Rybak Rogowski Sadowska Sobczyk Sobolewski Stachowiak Stasiak Szczepaniak Szymańska Szymanska Tomczak
Tomczyk Wawrzyniak Wilczyński Wilczynski Witkowska Wojciechowski Wojtczak Wójtowicz Wojtowicz Wrona Zawadzka
Zielińska Zielinska Żukowski Zukowski Banaś Banas Bednarek Bednarski Chojnowski Ciesielski Dziedzic
Fijałkowski Fijalkowski Głowacka Glowacka Gutowski Hajduk Jabłońska Jablonska Jankowska Jasińska Jasinska
Kalinowska Kamińska Kaminska Kowalewska Kozłowska Kozlowska Krajewska Kucharska Lisowski Markiewicz Mroczek
Murawski Nowacki Pawłowska Pawlowska Przybylska Rutkowska Rybicki Sikorska Skowroński Skowronski Sobieski
Stępniak Stepniak Tokarski Urbaniak Wasiak Wojciechowska Wróblewska Wroblewska Zalewska Ziółkowska Ziolkowska
Czerwińska Czerwinska Dąbrowska Dabrowska Górska Gorska Grabowska Jakubowska Kwiecień Kwiecien Lewicki Łuczak
Luczak Majchrzak Nowaczyk Sawicka Wysocka Zawisza Svobodová Svobodova Dvořáková Dvorakova Černá Cerna
Procházková Prochazkova Kučerová Kucerova Veselá Vesela Vesely Horáková Horakova Němec Nemec Němcová Nemcova
Pokorný Pokorny Pokorná Pokorna Pospíšil Pospisil Hájek Hajek Jelínek Jelinek Král Kral Růžička Ruzicka Beneš
Benes Fiala Sedláček Sedlacek Doležal Dolezal Zeman Kolář Navrátil Navratil Čermák Cermak Vaněk Vanek Blažek
Blazek Kříž Kriz Kovář Kovar Bartoš Vlček Vlcek Polák Polak Musil Kopecký Kopecky Šimek Simek Konečný Konecny
Malý Maly Holub Štěpánek Stepanek Kadlec Dostál Dostal Soukup Šťastný Stastny Mareš Moravec Sýkora Sykora
Valenta Tichý Tichy Kratochvíl Kratochvil Bláha Blaha Vávra Vavra Matoušek Matousek Říha Riha Ševčík Sevcik
Bureš Bures Hruška Hruska Havlíček Havlicek Skála Hudec Kováč Baláž Balaz Lukáč Lukac Kollár Kollar Oravec
Hudák Hudak Kováčová Kovacova Horváthová Horvathova Vargová Vargova Tóthová Tothova Novotný Novotny Novotná
Novotna Krajčír Krajcir Mikuláš Mikulas Šimko Simko Jurčo Jurco Hlinka Mihálik Mihalik Jančo Janco Kováčik
Kovacik Kuznetsova Popova Sokolova Lebedeva Kozlova Novikova Morozova Volkova Vasiliev Vasilyev Vasilieva
Pavlov Semenov Semyonov Golubev Vinogradov Bogdanov Vorobyov Fedorov Fyodorov Mikhailov Mikhaylov Belyaev
Tarasov Belov Komarov Orlov Kiselev Makarov Andreev Andreyev Kovalev Ilyin Gusev Titov Kuzmin Kudryavtsev
Baranov Kulikov Alekseev Stepanov Yakovlev Sorokin Sergeev Romanov Zakharov Borisov Korolev Gerasimov
Ponomarev Grigoriev Lazarev Medvedev Yershov Ershov Nikitin Sobolev Ryabov Polyakov Danilov Zhukov Frolov
Zhuravlev Nikolaev Nikolayev Krylov Maksimov Sidorov Osipov Belousov Fedotov Dorofeev Egorov Yegorov Matveev
Bobrov Dmitriev Kalinin Anisimov Petukhov Antonov Timofeev Nikiforov Veselov Filippov Markov Bolshakov
Sukhanov Mironov Shiryaev Aleksandrov Konovalov Shestakov Kazakov Efimov Denisov Gromov Fomin Davydov Melnikov
Shcherbakov Blinov Kolesnikov Karpov Afanasiev Vlasov Maslov Isakov Tikhonov Aksenov Gavrilov Rodionov Kotov
Gorbunov Kudryashov Bykov Zuev Tretyakov Savelyev Panov Rybakov Suvorov Abramov Voronin Mukhin Arkhipov
Trofimov Martynov Yemelyanov Gorshkov Chernov Ovchinnikov Seleznev Panfilov Kopylov Mikheev Galkin Nazarov
Lobanov Lukin Belyakov Potapov Nekrasov Khokhlov Zhdanov Naumov Shilov Vorontsov Ermakov Drozdov Ignatiev
Savin Loginov Safonov Kapustin Kirillov Moiseev Eliseev Koshelev Kostin Gorbachev Orekhov Efremov Isaev
Evdokimov Kalashnikov Kabanov Noskov Yudin Kulagin Lapin Prokhorov Nesterov Kharitonov Agafonov Muravyov
Laptev Filatov Rozhkov Bogomolov Kuzmina Yakovleva Fedorova Orlova Makarova Nikolaeva Zakharova Romanova
Iwanow Petrow Smirnow Popow Kusnezow Wassiljew Sokolow Michailow Nowikow Fjodorow Morosow Wolkow Alexejew
Lebedew Semjonow Jegorow Pawlow Kozlow Stepanow Nikolajew Orlow Andrejew Makarow Sacharow Zaitsev Zaytsev
Saizew Solovyov Solowjow Karpow Medwedew Gorbatschow Bondar Boiko Kovalchuk Koval Kravets Lysenko Marchenko
Oliinyk Oliynyk Petrenko Polishchuk Rudenko Savchenko Shevchuk Symonenko Tkachuk Tymoshenko Vasylenko
Yurchenko Zinchenko Klymenko Kostenko Levchenko Pavlenko Ponomarenko Romanenko Sydorenko Tarasenko Yaremchuk
Hrytsenko Herasymenko Havrylyuk Kravchuk Kuzmenko Lytvyn Lytvynenko Mykhailenko Nazarenko Ostapenko Pashchenko
Prokopenko Semenko Shvets Sokolenko Stetsenko Tereshchenko Vakulenko Voloshyn Yakovenko Zhuk Horbenko
Honcharenko Honchar Kushnir Melnychuk Mykytenko Palamarchuk Prytula Savchuk Sereda Demchenko Didenko Fedorenko
Hnatyuk Ivanenko Ivanchenko Kalynychenko Karpenko Korol Kostyuk Kucher Kyrylenko Lukyanenko Marchuk Martynenko
Matviyenko Mazurenko Onyshchenko Pylypenko Radchenko Shapoval Shulha Tkach Ushakov Vovk Yatsenko Zhuravel
Zelensky Zelenskyi Poroshenko Klitschko Kazlauskas Jankauskas Petrauskas Stankevičius Stankevicius
Vasiliauskas Žukauskas Zukauskas Butkus Paulauskas Urbonas Kavaliauskas Baranauskas Pocius Sakalauskas
Navickas Rimkus Lukoševičius Lukosevicius Vaitkus Adomaitis Mockus Balčiūnas Balciunas Šimkus Simkus
Kazlauskienė Jankauskienė Petrauskienė Bērziņš Berzins Kalniņš Kalnins Ozoliņš Ozolins Jansons Liepiņš Liepins
Krūmiņš Krumins Balodis Eglītis Eglitis Zariņš Zarins Pētersons Petersons Vītols Vitols Kļaviņš Klavins
Cīrulis Cirulis Vanags Kalējs Kalejs Tamm Sepp Mägi Kask Kukk Rebane Ilves Pärn Parn Lepik Oja Kuusk Raudsepp
Vaher Kallas Luik Lepp Kivi Karu Teder Laur Kuusik
`;

const DUTCH_NORDIC_SURNAMES = `
Groot Graaf Dijk Leeuwen Vries DeVries Bruijn DeBruijn Bruyn Haan DeHaan Heuvel VandenHeuvel VanderLinden Hoek
Beek VanBeek Veen VanVeen Vliet VanVliet Wijk VanWijk Smeets Hermans Koster Hoekstra Bosman Kuipers Kuiper
Prins Postma Schouten Timmermans Verhoeven Verbeek Evers Scholten Willemsen Gerritsen Huisman Jonker Veenstra
Hoogendoorn Kuijpers Brouwers Vermeer Verhoef Verschuren Bosma Molenaar Dekkers Bakkers Hofman Driessen
Hendriksen Koning Koopman Meijers Nijhuis Roos Schipper Sluiter Spijker Steenbergen Stam Terpstra Vink
Verheijen Verbruggen Visscher Wijnands Zijlstra Zwart Wiersma Hoogland Veldhuis Ploeg Kroon Blom Bouwman
Mulders Haverkamp Heijnen Ruiter Coppens Vandenberghe VanDamme Damme Verstraete Declercq Dewulf Desmet
Lambrecht Lemmens Lenaerts Michiels Pauwels Segers Thys Timmerman Vanderstraeten Vandevelde Velde Verhaegen
Verbeke Vermeersch Verschueren Willaert Wuyts Aerts Baert Bogaert Bogaerts Claeys Deprez Dierickx Geerts
Laenen Leclercq Nys Roels Schepers Smets Vanhove Vandenbroucke Verlinden Vervoort Jakobsson Magnusson Olofsson
Lindström Lindstrom Lundberg Lundgren Lundqvist Mattsson Berglund Bergström Bergstrom Fredriksson Sandberg
Henriksson Forsberg Sjöberg Sjoberg Wallin Engström Engstrom Eklund Danielsson Lundin Håkansson Hakansson
Björk Bjork Bergman Gunnarsson Wikström Wikstrom Samuelsson Isaksson Fransson Bergqvist Nyström Nystrom
Holmberg Arvidsson Löfgren Lofgren Söderberg Soderberg Nyberg Blomqvist Claesson Nordström Nordstrom
Mårtensson Martensson Lundström Lundstrom Viklund Björklund Bjorklund Eliasson Pålsson Palsson Berggren
Sandström Sandstrom Nordin Åberg Aberg Ekström Ekstrom Holmgren Sundberg Hedlund Dahlberg Hellström Hellstrom
Sjögren Sjogren Abrahamsson Hermansson Öberg Oberg Sundström Sundstrom Ekman Lindholm Nordberg Norberg
Lindblom Hedberg Sjöström Sjostrom Åström Astrom Lindahl Borg Wiklund Malmberg Lindell Rasmussen Jørgensen
Jorgensen Madsen Kristensen Christensen Sørensen Sorensen Christiansen Poulsen Johannessen Knudsen Mortensen
Jakobsen Jacobsen Henriksen Lauridsen Frederiksen Mikkelsen Andreasen Jeppesen Svendsen Vestergaard Østergaard
Ostergaard Kjær Kjaer Lauritsen Bertelsen Clausen Eriksen Gundersen Haugen Halvorsen Hauge Iversen Johnsen
Berntsen Bakke Bakken Moen Pettersen Solberg Amundsen Aasen Birkeland Fossum Gulbrandsen Haugland
Kristoffersen Lunde Myhre Nygaard Nygård Olaussen Rønning Ronning Sæther Saether Sandvik Skaug Stene Tveit
Ulriksen Vik Vold Aune Fjeld Hovland Nordby Ruud Sunde Thorsen Torgersen Ødegaard Odegaard Austad Brekke Dahle
Evensen Fredriksen Gjerde Helland Hoel Hovde Løken Loken Mathisen Midtbø Nilssen Nordli Solheim Torp Tvedt
Westby Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Heikkila Kinnunen Salonen Turunen Salo
Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Hakkarainen
Leinonen Hirvonen Koivisto Aaltonen Seppälä Seppala Ojala Ketola Kallio Kangas Kivelä Kivela Miettinen
Manninen Lampinen Valtonen Pitkänen Pitkanen Nurmi Räsänen Rasanen Harju Vainio Peltonen Honkanen Anttila
Halonen Kokkonen Niskanen Väisänen Vaisanen Laaksonen Lindroos Soininen Mustonen Pesonen Kettunen Hyvönen
Hyvonen Karppinen Oksanen Partanen Ruotsalainen Huttunen Toivonen Tikkanen Kärkkäinen Karkkainen Sigurðsson
Sigurdsson Guðmundsson Gudmundsson Ólafsson Olafsson Einarsson Kristjánsson Kristjansson Stefánsson Stefansson
Jóhannsson Johannsson Magnússon Jónsson Jónsdóttir Jonsdottir Sigurðardóttir Sigurdardottir Guðmundsdóttir
Gudmundsdottir Gunnarsdóttir Gunnarsdottir Ólafsdóttir Olafsdottir Einarsdóttir Einarsdottir Kristjánsdóttir
Kristjansdottir Stefánsdóttir Stefansdottir Jóhannsdóttir Johannsdottir Magnúsdóttir Magnusdottir Helgason
Helgadóttir Helgadottir Björnsson Bjornsson Björnsdóttir Bjornsdottir Þórsson Thorsson Thorsdottir Arnarson
Arnardóttir Arnardottir Pálsdóttir Palsdottir
`;

const ROMANCE_SURNAMES = `
Acosta Acevedo Aguirre Alarcón Alarcon Alcaraz Alfaro Almeida Altamirano Amaya Andrade Aranda Arellano Arroyo
Ávila Avila Ayala Barrera Barrios Becerra Beltrán Beltran Benavides Bermúdez Bermudez Bustamante Cabello
Calderón Calderon Camacho Cárdenas Cardenas Carrillo Castañeda Castaneda Castellanos Cervantes Cisneros
Cordova Coronado Correa Cuevas Dávila Davila Echeverría Echeverria Escobar Espinoza Espinosa
Esquivel Estévez Estevez Fajardo Figueroa Galván Galvan Gallegos Gamboa Godoy Granados Guerra Guevara Guzmán
Henríquez Henriquez Huerta Ibarra Jaramillo Juárez Juarez Leal Macías Macias Manzano Marrero Meléndez Melendez
Mejía Mejia Montoya Mosquera Navarrete Ochoa Olivares Orozco Osorio Pacheco Palacios Paredes Pineda Ponce
Quintero Quiroga Rangel Rentería Renteria Restrepo Rivas Robles Rosales Salas Salcedo Salgado Sepúlveda
Sepulveda Solís Solis Sosa Tapia Trujillo Urbina Uribe Vallejo Velásquez Velasquez Velázquez Velazquez
Villalobos Villarreal Zambrano Zamora Zapata Zúñiga Zuniga Abreu Aguiar Amaral Antunes Araújo Araujo Azevedo
Barbosa Barros Batista Borges Brandão Brandao Cabral Caldeira Carneiro Cavalcanti Coutinho Cunha Esteves
Farias Figueiredo Fonseca Freitas Freire Guimarães Guimaraes Loureiro Macedo Machado Magalhães Magalhaes
Marques Matos Medeiros Meireles Melo Moraes Morais Moura Nascimento Neto Nogueira Novais Paiva Pimentel
Pinheiro Pires Queiroz Rezende Sampaio Sequeira Siqueira Tavares Valente Vasconcelos Vaz Veloso Amato
Antonelli Basile Battaglia Bellini Benedetti Bernardi Bertolini Bianco Bonetti Borghi Bruni Calabrese Caputo
Cattaneo Colonna Conte Corsi D'Amico DAmico Amico D'Angelo DAngelo DeAngelis DeSantis Santis Donati Fabbri
Ferraro Ferri Gatti Giuliani Grasso Guidi Lucchesi Marchetti Marini Mazza Monti Morelli Neri Negri Pagano
Palumbo Parisi Pellegrini Piras Porcu Rizzi Rossetti Ruggiero Sala Salvi Sanna Sartori Silvestri Simonetti
Testa Valentini Zanetti Zanella Zanon Bassi Bianchini Brambilla Barone Cirillo D'Alessandro DAlessandro
Fiorentino Fumagalli Gargiulo Iannone Lanza Lupo Mancuso Marchi Mastroianni Melis Milani Napolitano Pagani
Palmieri Pastore Pepe Perrone Pirozzi Raimondi Riva Rocca Sorrentino Spada Tedesco Tosi Zucchi Agostini
Albanese Amoroso Angelini Bellucci Bonanno Castelli Cocco Cristiani Damiani DeRosa DiMaio Maio Ferrante
Fiorini Montanari Mura Nardi Olivieri Orsini Sartore Vitali Zanoni Zanotti Ferretti Rota Rossini Puccini
Cavalli Bernasconi Bertoni Pozzi Bonomi Belotti Carraro Zampieri Venturi Baldini Aubry Bailly Benard Bertin
Bertrand Besson Bouchard Bouvier Brunel Carpentier Chapuis Charpentier Charrier Chauvin Collet Cordier
Couturier DaSilva Deschamps Deshayes Devaux Dupont Dupuis Dupuy Fabre Fleury Fournier Gaillard Germain Gillet
Girard Guillot Guyot Hamon Hoarau Huet Humbert Jacquet Labbé Labbe Lacroix Laporte Lebrun Lecomte Lefevre
Lefèvre Legrand Lejeune Lemoine Lesage Leveque Lévêque Marchal Maréchal Marechal Martel Maillard Menard Ménard
Mercier Pasquier Payet Perret Perrot Picard Poirier Poulain Prevost Prévost Raynaud Renaud Rivière Riviere
Royer Texier Tessier Vasseur Chevallier Delmas Descamps Dubreuil Duchêne Duchesne Dufresne Gaudin Guichard
Jourdan Lacombe Lafont Langlois Lemaitre Lemaître Marty Michaud Monnier Pelletier Pichon Tanguy Besnard
Bourdon Courtois Delorme Ferrand Hébert Hebert Jacquemin Léger Leconte Loiseau
`;

const GERMAN_REGIONAL_SURNAMES = `
Aigner Angerer Bachmaier Baumgartner Brandstätter Brandstaetter Brandstetter Brunner Ebner Egger Eichinger
Fellner Gasser Hinterberger Hintermayr Hofbauer Holzer Holzinger Hörmann Hoermann Huemer Kainz Kastner
Kirchmair Kofler Lackner Lechner Leitner Mair Mayrhofer Niederl Oberhuber Obermeier Oberhauser Pichler
Pointner Promberger Rainer Reisinger Riegler Rieder Schachinger Schwaiger Steinbauer Steininger Strasser
Stöger Stoeger Unterberger Wallner Weinberger Wieser Zauner Zechner Zehetner Zöchling Zoechling Haslinger
Kogler Mayr Mayerhofer Posch Pirker Ritzinger Schweiger Seebacher Sommerauer Stiegler Wagenhofer Wiesinger
Aschenbrenner Aichinger Fischbacher Gschwandtner Hochreiter Kaltenbrunner Loidl Mitterer Mühlbacher
Muehlbacher Nussbaumer Oberndorfer Pfister Rothbauer Stockinger Bieri Bolliger Brügger Bruegger Bühler Buehler
Burri Hürlimann Huerlimann Lüthi Luethi Marti Rüegg Ruegg Schär Schaer Stucki Studer Suter Wälti Waelti Widmer
Wyss Zbinden Zimmerli Bärtschi Baertschi Bosshard Brändli Braendli Fankhauser Flückiger Flueckiger Gisler
Hadorn Inäbnit Jenni Kälin Kaelin Liechti Lüscher Luescher Meili Rohner Schürch Schuerch Spörri Spoerri
Stalder Stämpfli Staempfli Wenger Wüthrich Wuethrich Zaugg Zwahlen Niederhauser Aebi Aeschlimann Affolter
Amstutz Ackermann Bigler Bucher Hänni Haenni Heiniger Hofstetter Kiener Leuenberger Messerli Nydegger Ryser
Schneeberger Stettler Trachsel Wymann Zahnd Bruhn Brüning Bruening Claussen Dittmer Drews Eggers Freese Gosch
Grote Heitmann Hinsch Iwersen Jessen Jürgensen Juergensen Kähler Kaehler Kock Kröger Kroeger Lohse Lüders
Lueders Luedtke Lüdtke Meinke Möhring Moehring Nissen Ohlsen Oltmanns Reimers Rickert Rohwer Stoltenberg
Tiedemann Thode Vosgerau Wichmann Wulf Wulff Ziems Brockmann Budde Dierks Eilers Fenske Gerdes Hennings Janßen
Lüttje Meyerhoff Oetken Ohlendorf Onken Renken Rieken Siemers Tönnies Toennies Uphoff Aretz Bongartz Dahmen
Geuer Heinen Hennes Hoffmanns Lenzen Nellessen Offermann Pütz Puetz Thelen Wirtz Wollenweber Laufenberg Kirfel
Bräuer Braeuer Bräunig Domschke Eckhardt Fritzsche Georgi Grützner Haubold Heinig Hänel Haenel Kaden
Kretzschmar Krahl Lehnert Lippold Mehnert Mende Neubert Pfützner Rößler Rössler Roessler Schönherr Schoenherr
Tröger Troeger Uhlmann Zschoche Zschau Kühnel Nestler Petzold Pietzsch Reichelt Teichmann Bäuerle Baeuerle
Gehring Häberle Haeberle Hägele Haegele Kächele Kübler Kuebler Renz Riexinger Stängle Wörner Woerner Eisele
Haug Kienle Leibfried Notz Rebmann Schwörer Speidel Votteler Wöhrle Mauch Pfleiderer Rosenthal Rosenberg
Goldberg Goldstein Silberstein Blumenthal Lilienthal Rosenbaum Hirschfeld Grünbaum Gruenbaum Lewin Löwenstein
Loewenstein Mendelsohn Mendelssohn Wertheimer Schimanski Schymanski Podolski Janowski Przybilla Pilarski
Schimmelpfennig Wischnewski Wittkowski Zielke Koslowski Jaschke Lemke Radtke Rathke Gollnick Stoltz Möbius
Moebius Kubitza Kubicki Niehaus Althoff Beckmann Brockhoff Diekmann Dieckmann Eickhoff Feldkamp Hagedorn
Hölscher Hoelscher Holtkamp Hüsing Kleinschmidt Lammert Niemeyer Overbeck Pöppelmann Stockmann Terhorst Tewes
Uhlenbrock Wiesmann Wübben Achenbach Ahlers Ahrendt Altmann Ambros Angermann Apel Aschoff Backhaus Barthel
Bäumer Baeumer Beckers Behr Behrendt Beier Biermann Birkholz Bittner Borchert Brandes Buchner Burmeister
Dahlke Deckert Dietze Döring Doering Dressler Ebel Ehrhardt Eichler Enders Engler Erdmann Eschenbach Faber
Fahrenholz Felber Fichtner Fiebig Fritsche Gebauer Gerhardt Gerken Gerstner Giese Gohlke Gölz Gottwald
Grohmann Günzel Gunkel Haack Hagemann Hahne Hamann Hampel Hanke Hartung Hauck Heckmann Hegemann Heise Helbig
Hempel Henke Hentschel Hertel Hildebrand Hiller Hornung Huth Illing Jahnke Jakobi Kampmann Kemper Kersten
Knauer Köster Koester Kretschmer Krohn Krull Kunze Lamprecht Liebig Lingner Löbel Ludewig Mahler Matthies
Meißner Meissner Merz Messner Meinhardt Mühlbauer Muehlbauer Münch Muench Neuhaus Noll Obermann Opitz Otte
Pahl Peschel Plath Preuss Quandt Raddatz Rath Rehbein Reichert Reinecke Reinke Riemann Röder Roeder Röhrig
Rösch Roesch Rothe Rübsam Rupprecht Schaaf Schaub Scheel Schieck Schirmer Schneidewind Schröer Seibert Sieber
Sonnenberg Spahn Steffen Steffens Storck Ströbel Teske Thiem Tillmann Trapp Ulbrich Ulbricht Vogl Volkmann
Wagenknecht Warnecke Weidemann Weinert Wendler Wengler Westphal Wiesner Wilms Witzel Zeidler Zöller Zoeller
`;

const ENGLISH_WELSH_AMERICAN_SURNAMES = `
Ackroyd Ainsworth Aldridge Alston Appleby Arbuthnot Arkwright Ashby Ashcroft Ashton Atherton Atkinson Attwood
Aylward Babcock Bagshaw Bainbridge Barlow Barraclough Bartlett Baxter Beckett Beckford Bellamy Benson
Beresford Bickerstaff Birtwistle Blakemore Blevins Bostock Boswell Bowden Bowles Bradshaw Braithwaite Bramwell
Brewster Brickell Brinkley Broadbent Bromley Brough Buckley Bulmer Burgess Burnham Burroughs Butterworth
Caldwell Carrington Cartwright Catesby Challis Chatterton Chilton Clayton Clifton Clough Cobb Cockburn Colman
Coulson Cowell Crabtree Cromwell Crowther Culpepper Dalrymple Darby Dawkins Dearden Denton Dickinson Dobbs
Dobson Dodd Dowd Duckworth Dudley Dunstan Eccles Eddington Ellison Emerson Entwistle Farnsworth Faulkner
Fenwick Fiennes Fishwick Foxley Fothergill Garside Gascoigne Gilmore Gladstone Goddard Goodall Gresham
Grimshaw Hadley Halliwell Hammond Hardcastle Harding Hartley Haslam Hawthorne Haywood Heathcote Helliwell
Hemingway Hepworth Hewitt Higginbotham Hinchcliffe Hobbs Hodgson Holcroft Holden Hollingsworth Holloway
Hopkins Horsfall Houghton Howarth Hoyle Hulme Hutchinson Ingram Isherwood Jarvis Jefferies Jennings Kenyon
Kershaw Kilburn Kirkby Lambert Latimer Leadbetter Lightfoot Littlewood Lockwood Longbottom Lovell Lowther
Lumley Maddox Makepeace Marsden Mather Mayhew Mellor Merriman Metcalfe Milburn Molyneux Moorhouse Mortimer
Mottram Nettleton Newbold Oakley Ogden Openshaw Ormerod Outhwaite Pankhurst Pargeter Pickering Pilkington
Pinnock Postlethwaite Prescott Quayle Radcliffe Ramsbottom Rawlinson Rayner Redfern Rigby Rimmer Rowbotham
Royle Sadler Sanderson Sedgwick Shackleton Sharples Shuttleworth Sidebottom Skelton Smethurst Southworth
Spalding Spooner Stainton Stansfield Stockdale Sowerby Sutcliffe Swindells Tattersall Thistlethwaite Thornton
Threlfall Tillotson Townsend Tuckwell Tyldesley Uttley Wadsworth Wainwright Walmsley Warburton Whitfield
Whittaker Whitworth Wilkinson Winstanley Worsley Wrigley Yardley Yates Bevan Bowen Cadwalader Craddock Gittins
Gough Gwynne Howells Llewellyn Maddocks Meredith Penry Pritchard Probert Prosser Protheroe Prothero Pugh Rees
Rhys Vaughan Wynne Griffith Hopkin Jeffreys Llywelyn Pryce Beddoes Gwilliam Madoc Abernathy Atwood Beauregard
Boone Breckinridge Callahan Calhoun Covington Crockett Dabney Delacroix Dupree Eastwood Fontenot Hatfield
Holcomb Huckabee Jefferson Kimball Landry LeBlanc Boudreaux Thibodeaux Lockhart McClellan McCoy McGraw
Merriweather Montague Prewitt Pruitt Rutledge Stanton Tolliver Truesdale Vanderbilt Whitlock Whitmore
Wilkerson Winthrop Woodward Yancey Zimmerman Burton Conner Dalton Daugherty Dawson Dunlap Eaton Erickson
Frazier Goodwin Harmon Hayden Horton Howell Kirby Lindsey Lowe Newman Norris Norton Patton Pearson Pittman
Ramsey Randall Reese Robbins Rowe Sampson Schultz Schwartz Shelton Sherman Strickland Sutton Tyler Underwood
Vaughn Walters Whitney Wiley Wolfe Yoder Hubbard Haynes Swanson Bates Todd Hines Massey Horne Burch Blair Goff
Hendricks McKinney Hurst Ballard Wilkins Baldwin Cochran McDaniel Lott Ewing Barr McFarland Holman Blackwell
Kemp Humphrey Vance Hanson Kinney Kaufman Wiggins Buckner Mathis Merritt Hodge Dorsey Vinson Finley Osborne
Cline Rowland Kline Donaldson Galloway Goodman
`;

const SAHEL_WEST_AFRICAN_SURNAMES = `
Bah Diallo Barry Baldé Balde Camara Traoré Traore Keita Keïta Coulibaly Diop Ndiaye Diouf Sarr Gueye Faye Cissé
Cisse Touré Toure Konaté Konate Koné Kone Sangaré Sangare Doumbia Kanté Kante Sylla Condé Conde Kouyaté Kouyate
Diarra Dembélé Dembele Sissoko Mbaye Seck Thiam Ndour Dieng Niang Sow Sall Diagne Mbengue Ndao Kaba Bangoura
Soumah Soumaré Soumare Diakité Diakite Fofana Doucouré Doucoure Cissoko Tounkara Haïdara Haidara Maïga Maiga
Ouédraogo Ouedraogo Sawadogo Kaboré Kabore Zongo Compaoré Compaore Yaméogo Yameogo Ouattara Bamba Koffi
Kouassi Kouamé Kouame Konan
`;

const HORN_OF_AFRICA_SURNAMES = `
Tesfaye Bekele Gebre Gebremedhin Gebremariam Gebreyesus Haile Mekonnen Wolde Woldemariam Girma Tadesse Alemu
Kebede Ayele Desta Negash Tekle Kidane Berhe Haileselassie Asfaw Mengistu Getachew Abraha Tesfamariam Habte
Abdi Warsame Farah Hassan Mohamud Osman Jama Egal Hersi Dualeh
`;

const CAUCASUS_CENTRAL_ASIAN_SURNAMES = `
Beridze Kapanadze Gelashvili Maisuradze Lomidze Tsiklauri Nozadze Giorgadze Chikovani Abashidze Japaridze
Gogoladze Mchedlishvili Petrosyan Sargsyan Hakobyan Grigoryan Harutyunyan Avetisyan Karapetyan Vardanyan
Khachatryan Mkrtchyan Hovhannisyan Gevorgyan Galstyan Poghosyan Manukyan Aliyev Aliyeva Mammadov Mammadova
Huseynov Hasanov Guliyev Ismayilov Karimov Rashidov Nazarov Yusupov Akhmedov Rakhimov Sultanov Abdullaev
Nurmagomedov Omarov Magomedov Iskakov Zhumabayev
`;

export const WORLD_SURNAMES_TEXT = [
  IRISH_SCOTTISH_SURNAMES,
  AFRICAN_SURNAMES,
  SAHEL_WEST_AFRICAN_SURNAMES,
  HORN_OF_AFRICA_SURNAMES,
  CAUCASUS_CENTRAL_ASIAN_SURNAMES,
  SOUTH_ASIAN_SURNAMES,
  EAST_ASIAN_SURNAMES,
  MIDDLE_EASTERN_SURNAMES,
  TURKISH_GREEK_ALBANIAN_SURNAMES,
  BALKAN_HUNGARIAN_SURNAMES,
  SLAVIC_BALTIC_SURNAMES,
  DUTCH_NORDIC_SURNAMES,
  ROMANCE_SURNAMES,
  GERMAN_REGIONAL_SURNAMES,
  ENGLISH_WELSH_AMERICAN_SURNAMES,
].join(" ");

// ---------------------------------------------------------------------------------------------
// Ambiguous given names: also a German or English word, a calendar word, a place, a brand, a
// title, a currency or an abbreviation. Accepted only with context or a surname next to them.
// ---------------------------------------------------------------------------------------------

export const WORLD_AMBIGUOUS_GIVEN_NAMES_TEXT = `
Van Son Zi Lan Hai Thu Tu Yen Loan Hang Hue Sang Tin Hong Ping Bin Bo Gang Fang Min Nan Si Ye Na Long Song Wan Do
Ho Le Ha Tri Chi Vi Ling Gui Yuan Bing Kola Obi Nana Neo Bharat Dev Harsh Ram Raja Kajal Sultan Zara Jihad
Salem Nada Hind Tara Adel Kamel Anis Amine Nadir Basil Nail Atlas Mentor Granit Mate Ion Asia Ira Pasha Rein
Pille Liga Dace Mart Ants Santa Bart Job Ton Lex Rob Harm Floor Joke Jet Tine Lien Dag Rune Tor Siri Tone
Tilde German Jesus Salvador Victor Aurora Esperanza Octave Martial Fanny Marine Serge Constance Prudence Beat
Pauli Traute Beau Earl Clement Heath Homer Lance Marshall Newton Sterling Ward Warren Adelaide Augusta Bonnie
Charity Fern Ginger Juniper Marigold Odessa Pansy Patience Petunia Dakota Dallas Denver Gage Sawyer Tanner
Tucker Aspen Cadence Cheyenne Destiny Eden Harmony Lacey Melody Nova Paisley Serenity Skye Trinity Wren Raven
Misty Brandy Candy Precious Princess Lovely Cherry Mercy Bong Ariel Made Sari Mio Mana Shun Taro Mami Mali
Iona Flora Viola Pierce Blessing Favour Favor Goodluck Gift Comfort Innocent Justice Peace Prince Honour
Wisdom Chance Memory Welcome Lucky Given Erasmus Dan Dino Nam Noble Success Reign Bliss Brook Cliff Grant
Rusty Dusty Storm Trinidad Luz Sol Mar Garret Wale Yaw Lei Wen Ploy Yogi Fares Hale Ales Maxim Dries Greet
Bent Tore Pall Carmine Verity Ade Funke Eben Hau Rodel Kamen Zivile Helle Siebe Robbe Ans Pelle Harke Monde
Schalk Stoffel Rosen Asta Thora Angeles Candela Gema Romane Boje Jude Lu Mega Tapas Theres Pau Montgomery
Chester Dudley Ogden Bahia Octavia
Veer Jo Pari Björk Hrafn
Jesús
`;
