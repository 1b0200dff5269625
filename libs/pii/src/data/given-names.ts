// Common given names, written for this package (not taken from any name data set). Grouped by
// origin only to keep the list maintainable; lookups are case-insensitive. Names that are also
// everyday words (Frank, Mai, Will, Can) live in AMBIGUOUS_GIVEN_NAMES and need context.

const GERMAN_FEMALE = `
Anna Maria Emma Mia Hannah Hanna Sophia Sofia Sophie Emilia Lina Marie Lea Leah Lena Mila Clara Klara Ella
Carola Ariadne Jennylyn Rodel Lupita Rosângela Birte Gesche Maike Jorinde Silja Kerrin Fenna Telse
Anita Gaby Moni Babsi Liselotte Tomke Dörte Doerte
Leonie Amelie Luisa Louisa Johanna Frieda Frida Charlotte Ida Greta Lotta Mathilda Matilda Paula Laura Sarah
Sara Lara Julia Juliane Jule Nele Lisa Luise Louise Helena Elena Magdalena Katharina Kathrin Katrin Catrin
Christina Kristina Christine Christiane Sabine Susanne Susann Petra Andrea Claudia Monika Monica Birgit
Brigitte Gabriele Gabi Ursula Ulrike Renate Karin Carin Elke Heike Silke Anke Ute Uta Jutta Gisela Ingrid
Inge Ilse Irmgard Helga Hildegard Gertrud Erika Edith Elisabeth Elfriede Marianne Margarete Margret Martina
Manuela Marion Melanie Nicole Nadine Nadja Natalie Nathalie Nina Simone Stefanie Stephanie Steffi Tanja
Tatjana Vanessa Verena Yvonne Doris Dagmar Daniela Diana Doreen Franziska Friederike Heidi Ines Iris Isabel
Isabell Isabella Jana Janina Jasmin Yasmin Jennifer Jessica Kerstin Kirsten Bettina Beate Barbara Anja Anne
Annette Antje Astrid Angelika Angela Alexandra Adelheid Agnes Alina Aline Anastasia Annika Annemarie Antonia
Bärbel Carina Carla Carolin Caroline Karoline Cornelia Corinna Denise Dorothea Dorothee Eva Evelyn Fabienne
Finja Emely Emilie Emily Henriette Hedwig Irene Jacqueline Josefine Josephine Judith Karla Katja Kim Lilli
Lilly Lily Lucie Luzie Lydia Mara Maren Mareike Marlene Martha Melina Michaela Miriam Nora Olga Pia Rebecca
Rebekka Regina Rita Romy Rosemarie Ruth Sandra Saskia Selina Sibylle Sigrid Sonja Svenja Swantje Sylvia
Silvia Theresa Therese Tina Ulla Valentina Veronika Viktoria Wiebke Wilma Yvette Zoe Zoé Annegret Annelie
Liesel Lieselotte Waltraud Waltraut Rosa Ronja Mira Maja Maya Merle Thea Tilda Elin Enna Jette Ylvi Smilla
Carlotta Leni Lia Liv Luna Milena Amira Hella Gudrun Hannelore Rosemarie Roswitha Ingeborg Irmtraud Gerda
Gerlinde Christa Christel Edeltraud Elli Else Emmi Erna Frauke Gesa Gesine Grete Hanne Hermine Hertha
Hilde Ilona Imke Ina Inka Insa Jasmina Katarina Kristin Kristine Larissa Leila Lene Lilian Liliane Lisbeth
Lore Lotte Luzia Madeleine Magda Malin Margot Mariella Marina Marisa Marita Marlies Marta Meike Mechthild
Melanie Mina Nadia Nathalie Nelly Nicola Nicole Nils Noemi Ottilie Patricia Pauline Philippa Ramona
Regine Rosalie Rosi Sabina Sandy Selma Sina Stella Susi Svea Tamara Tabea Tessa Tilly Ulrike Ursel Vera
Wilhelmine Yara Zita Alma Anni Antonie Bea Bianca Britta Carmen Celina Chantal Charline Conny Daria
Elvira Emine Esther Felicitas Fenja Fiona Gitta Hedda Helen Ilka Jenny Jolina Josi Kira Lana Lara-Sophie
Leandra Levke Lisann Lucia Mailin Mandy Manja Mariana Marleen Mathilde Melissa Mona Nancy Nike Paulina
Peggy Ricarda Rieke Ronja Sabrina Sarina Sheila Sophia-Marie Sybille Tabitha Talea Theda Ulrika Uschi
Valerie Vivien Wanda Xenia Yasemin Yvonne
Catharina Margaretha Elisabetha Christiana Friederica
Henrike Henrieke Hinrike
`;

const GERMAN_MALE = `
Thomas Michael Micha Laurin Andreas Stefan Stephan Christian Martin Peter Klaus Claus Wolfgang Jürgen Juergen Uwe Bernd
Dieter Günter Günther Gunter Hans Heinz Helmut Hermann Herbert Gerhard Manfred Werner Walter Karl Carl
Kurt Rolf Rainer Reiner Ralf Ralph Norbert Joachim Jörg Joerg Jens Jan Jannik Jonas Leon Luca Lukas Lucas
Finn Fynn Felix Maximilian Max Paul Ben Elias Noah Louis Luis Henry Henri Emil Anton Theo Oskar Oscar Jakob
Jacob Moritz Niklas Nicklas Nico Niko Tim Tom Tobias Sebastian Florian Alexander Daniel David Dennis
Dominik Fabian Julian Kevin Marcel Marco Marko Mario Markus Marcus Matthias Mathias Patrick Philipp Phillip
Robert Sascha Simon Sven Swen Torsten Thorsten Timo Ulrich Volker Wilhelm Willi Willy Oliver Olaf Holger
Hartmut Harald Heiko Hendrik Henrik Ingo Jochen Johannes Josef Joseph Karsten Carsten Lars Lutz Marc
Mats Matteo Mirko Nils Niels Ole Pascal René Rene Robin Roland Rüdiger Sandro Steffen Till Tilo Thilo
Vincent Vinzenz Erik Eric Friedrich Fritz Georg Gustav Heinrich Hubert Konrad Ludwig Lothar Reinhard
Siegfried Volkmar Winfried Detlef Detlev Dirk Gerd Gert Hagen Achim Alfred Armin Arne Axel Bastian Benedikt
Benjamin Björn Bjoern Bruno Christoph Clemens Constantin Konstantin Damian Dario Erwin Eugen Ferdinand Franz
Gregor Hannes Hauke Henning Hugo Ivo Janosch Jannis Jaron Joel Johann Jonathan Julius Justus Kilian Leander
Leo Leonard Leonhard Levi Linus Lorenz Malte Marius Mathis Mattis Merlin Milan Nick Noel Piet Quentin Raphael
Rafael Richard Samuel Severin Silas Theodor Valentin Viktor Yannick Yannik Aaron Adrian Alex Andre André
Arthur Artur Bernhard Edgar Egon Erich Ewald Gottfried Otmar Ottmar Rudolf Rudi Ruprecht Waldemar Wendelin
Wolfram Albert Alois Anselm Benno Berthold Burkhard Carlo Christof Cord Dietmar Dietrich Eberhard Eckhard
Edmund Eduard Elmar Emanuel Engelbert Falk Falko Frederik Friedhelm Gebhard Gerald Gernot Gerrit Gisbert
Gunnar Hanno Harry Hasso Heiner Helge Helmuth Henrich Hinrich Hubertus Ignaz Immanuel Jakobus Jasper Joscha
Jost Jupp Karl-Heinz Kaspar Kasper Knut Korbinian Lasse Laurenz Leopold Lennart Lenny Lennox Luka Magnus
Manuel Marten Mattheo Maurice Meinhard Mika Mike Nikolai Nikolaus Norman Olli Ortwin Oswald Ottokar Pirmin
Rasmus Reinhold Robby Rocco Roman Ronald Ronny Rouven Sepp Sigmund Sönke Stephen Sören Sören Tassilo Thore
Tjark Tobi Toni Tristan Udo Ulf Urs Veit Vitus Wendel Wigald Wilfried Wim Xaver Yusuf Zacharias Jannes
Jonte Juri Kjell Kolja Lean Liam Lio Marlon Mads Mathias Ricardo Ruben Severin Theo Timon Valentino
Stanislaus Nicolaus Caspar Melchior Aloys
Albin Alwin
`;

const ENGLISH = `
Lynne Jeanette Anya Dympna Fidelma Maisie Raj Tolulope Mei-Ling
Emmanuel Frederick Temi Gia Hollie Yiannis Noa Gethin Pam Basti Maartje Beatrix Hilary Andrij Maks Chuks
Heribert Friedrike Dilnaz Daryna Janelle Jessy Shanice Harjinder Mohit Dion Jörn Latoya Rukhsar Olexandr
Yonatan Märta Bjarke Aiyana Tamsin Marte Naseem Benni Jonty Lizzie Rayyan Aishat Oluwatobiloba Prue Rukmini
Cornelis Gerdi Käthi Olav Célia Efthymia Arvid Zain Luc Hryhorii Zayn Demetra Hristos Xisca Eudora Saraswathi
Tobiah Dimitri Ljudmyla Rosaleen Valentyna Kavin Jasmeet Osagie Gulnoza Cathleen Javi Amahle Francis Bishnu
Jagdeep Kamsi Parvin Temiloluwa Zayan Ellery Brodie Aleks Aoibhe Sione Dami Malu
Ishani Gurveer Gunnhild Oxana Vasant Gintaras Freweini Priti Sarla Inke Zeyno Dzhamilya Mohinder Cledwyn
Tegid Dionne Nusrat Fadumo Xhevat Malia Rafa Vicent Emyr Arbnor Anastasiia Eliana Annamma Maik Becca Ronke
Aleyamma Honora Gaspare Savitaben Kosta Aanya Cordula Yasmine Spyro Lennard Dilvin Marcy Beppe Sita Bikash
Pemba Greg Akemi Militza Olu Dele Kendrick Kokilaben
James John Robert Michael William David Richard Joseph Charles Christopher Daniel Matthew Anthony Donald
Doug Dougie Stevie Jonny Robbie Kev Gav Pete
Steven Paul Andrew Joshua Kenneth Kevin Brian George Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary
Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Raymond Patrick
Jack Dennis Jerry Tyler Aaron Jose Adam Henry Nathan Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold
Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Jordan Billy
Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby
Philip Johnny Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty
Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca
Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine
Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia
Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann
Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy Denise Danielle Theresa Sophia Marie
Diana Brittany Natalie Isabella Charlotte Alexis Kayla Oliver Harry Charlie Leo Archie Freddie Alfie Theo
Oscar Isaac Lucas Amelia Isla Ava Mia Ivy Lily Florence Willow Freya Evie Ella Sienna Daisy Harper Phoebe
Matilda Elsie Rosie Millie Imogen Chloe Lucy Bethany Kirsty Nigel Graham Colin Ian Neil Stuart Trevor
Clive Derek Barry Gordon Malcolm Duncan Hamish Fiona Morag Siobhan Niamh Aoife Sinead Ciaran Liam Declan
Conor Connor Eoin Padraig Seamus Brendan Kieran Rory Callum Craig Ross Gareth Mick Mickey Gerry Fergal Dessie Tadhg Rhys Owen Evan Sian Carys
Bronwen Gwen Hugh Giles Rupert Tristan Crispin Toby Jasper Benedict Dominic Hugo Rufus Alistair Angus
Fergus Ewan Euan Jamie Shona Eilidh Catriona Ailsa Abby Adrian Alison Allison Alyssa Amber Andy Angie
Annie Anthony Ashton Audrey Barbara Becky Ben Benny Beth Blake Bradley Brett Bridget Brooke Caleb Cameron
Candice Carla Caroline Carrie Casey Cassandra Chad Chelsea Chris Cindy Claire Clara Cody Cole Connie
Corey Courtney Curtis Dale Dana Danny Darren Dave Dean Debbie Derrick Devon Dominique Donovan Dustin
Dwayne Edith Eleanor Elaine Ellen Elliot Elliott Emilia Erica Erin Ernest Esther Eva Evan Felicity Gavin
Gemma Gina Glenn Gwendolyn Haley Hayley Heidi Holly Howard Jackie Jade Jake Jared Jasmine Jeff Jenna
Jenny Jeremiah Jill Jim Jimmy Joanna Jocelyn Jody Joel Jon Josh Joy Julian Kaitlyn Karl Kate Katie Kathy
Kayleigh Keira Kendra Kerry Kim Kristen Kristin Leah Leslie Lewis Lindsay Lindsey Lloyd Lorraine Luke
Lynn Mackenzie Maggie Marcus Marilyn Marion Marjorie Martin Matt Maureen Max Melanie Mitchell Molly Monica
Morgan Nathaniel Neil Nick Nora Norman Paige Penelope Phil Rachael Randall Rebekah Regina Renee Ricky
Riley Rita Robin Rodney Ron Ronnie Rosemary Sally Sam Scarlett Seth Shane Shannon Sheila Sherry Sidney
Sophie Stacy Stacey Stanley Stella Steve Stuart Sylvia Tammy Tanya Taylor Ted Thelma Tiffany Tim Tina
Todd Tom Tommy Tony Tracy Travis Troy Valerie Vanessa Veronica Vicky Wendy Wesley Whitney Yvonne Zoe
Zachary Reginald Percy Bernard Clifford Edwin Herbert Leonard Marvin Melvin Milton Norris Oswald Sidney
Vernon Wilbur Winston Agnes Beatrice Cecilia Cora Edna Ethel Gertrude Harriet Hazel Ida Irene Josephine
Lillian Louise Mabel Mildred Myrtle Nellie Opal Edwina Iris Mavis Muriel Rhoda Sybil Vera Winifred Bella
Aiden Ayden Brayden Carter Colton Easton Eli Ezra Grayson Hudson Jaxon Jayden Landon Levi Lincoln Mason
Mateo Miles Nolan Parker Owen Silas Wyatt Xavier Aria Aubrey Avery Brooklyn Camila Claire Elena Everly
Hailey Kinsley Layla Lila Luna Mila Naomi Nevaeh Peyton Piper Quinn Sadie Savannah Skylar Violet Zoey
Joanne Joann Geoffrey Terrence Terence Shaun Clint Lori Suzanne Dianne Joanna Rhonda Darlene Charlene Marlene
Ellie Geoff Gillian Tracey Leanne
Ollie Moses
`;

const TURKISH = `
Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Ibrahim İsmail Ismail Osman Yusuf Murat Ömer Omer Ramazan
Halil Süleyman Abdullah Mahmut Recep Salih Fatih Kadir Emre Hakan Serkan Burak Cem Emin Erkan Ercan
Erdoğan Erol Fikret Gökhan Hamza Harun Kemal Kenan Levent Mert Metin Mesut Necmettin Nihat Orhan Özgür
Ozan Serdar Sinan Tarık Tarik Tuncay Uğur Ugur Volkan Yasin Yavuz Yunus Zafer Barış Baris Bülent Cengiz
Doğan Ertuğrul Furkan Gürkan Kaan Kerem Koray Onur Oğuz Oguz Selim Taner Tolga Turgut Yiğit Enes Eren Efe
Emir Berat Arda Baran Batuhan Alper Aydın Aydin Aykut Bekir Cihan Cüneyt İlhan Ilhan Ayşe Ayse Fatma Emine
Hatice Zeynep Elif Meryem Şerife Serife Zehra Hanife Merve Havva Zeliha Esra Fadime Özlem Ozlem
Yasemin Hülya Hulya Gülsüm Songül Sibel Derya Dilek Ebru Esin Gamze Gizem Gonca Hande Hilal Kübra
Leyla Melek Melike Nazlı Nesrin Nurcan Pınar Pinar Selin Sevgi Sevda Şule Tuba Tuğba Tugba Yeliz Zerrin Aylin
Ayla Aslı Asli Büşra Busra Cansu Damla Defne Ece Ecrin Eda Elçin Ezgi Feride Funda Gülay Irem İrem Seda Sema
Serap Şeyma Seyma Necla Nuran Nurten Saadet Semra Sevim Sevil Şenay Türkan Zübeyde Bünyamin Cemal Celal
Cemil Dursun Ekrem Engin Ferhat Fuat Gazi Hayati Hikmet İlker Ilker İsa Kâzım Kazim Lütfi Muammer Muharrem
Mücahit Necati Nuri Nusret Rıza Riza Sabri Sadık Şahin Sahin Şükrü Sukru Tahsin Talha Tayfun Tuna Ufuk
Yakup Yılmaz Zeki Ziya Akın Akif Alparslan Atilla Bayram Bilal Bora Caner Cenk Çağlar Caglar Çağla Cagla
Coşkun Demir Egemen Eray Erhan Ersin Fırat Firat Gökay Görkem İlyas Ilyas Kağan Mahir Melih Mithat Nazım
Nevzat Okan Oktay Özcan Rüstem Sedat Semih Sercan Sertaç Şevket Soner Şükrü Timur Tuncer Ümit Umit Yalçın
Yener Yücel Zekeriya Bengü Berna Beyza Burcu Canan Ceren Çiğdem Didem Dilara Duygu Ebru Emel Esma Eylül Figen
Filiz Gönül Gülşen Gülten Hacer Hafize Kader Kevser Lale Müge Nalan Nermin Neslihan Nilay Nilüfer
Nurhan Özge Pelin Rabia Reyhan Rukiye Sacide Selma Semiha Sena Sevinç Sinem Şükran Tülay Ümran Yağmur
`;

const POLISH_CZECH_SLAVIC = `
Piotr Krzysztof Andrzej Tomasz Paweł Pawel Michał Michal Marcin Jakub Łukasz Lukasz Grzegorz Mateusz
Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Rafal Kamil Jacek Janusz Ryszard Kazimierz Stanisław
Stanislaw Józef Jozef Tadeusz Sławomir Slawomir Dawid Bartosz Przemysław Przemyslaw Szymon Wiesław
Zdzisław Bogdan Henryk Leszek Mirosław Miroslaw Witold Wacław Zygmunt Katarzyna Małgorzata Malgorzata
Agnieszka Ewa Krystyna Elżbieta Elzbieta Zofia Janina Joanna Jadwiga Danuta Irena Halina Beata Aleksandra
Dorota Marianna Grażyna Grazyna Jolanta Stanisława Iwona Karolina Bożena Bozena Urszula Justyna Renata
Alicja Sylwia Natalia Agata Aneta Izabela Ewelina Marzena Wiesława Genowefa Patrycja Kinga Edyta Weronika
Gabriela Dominika Zuzanna Wiktoria Oliwia Łucja Lucja Wojtek Kuba Bartłomiej Bartlomiej Bartek Radosław
Radoslaw Jarosław Jaroslaw Krystian Patryk Kacper Wiktor Witek Zenon Lech Bolesław Czesław Mieczysław
Władysław Wladyslaw Bronisław Edward Eugeniusz Feliks Ignacy Jędrzej Konrad Ludwik Maksymilian Norbert
Remigiusz Roch Seweryn Sylwester Tymoteusz Teodor Waldemar Wiesław Zbyszek Ada Adrianna Amelia Antonina
Barbara Bogumiła Celina Dagmara Emilia Eliza Felicja Hanna Honorata Ilona Jagoda Kamila Klaudia Lena Lidia
Ludmiła Magdalena Marlena Milena Nikola Pola Regina Roksana Sabina Stefania Teresa Wanda Zuzanna Żaneta
Jiří Jiri Jan Petr Pavel Josef Jaroslav Miroslav Zdeněk Zdenek Václav Vaclav Karel Milan Tomáš Tomas Lukáš
Lukas Martin Ondřej Ondrej Vojtěch Vojtech Jana Hana Lenka Kateřina Katerina Lucie Veronika Tereza Petra
Markéta Marketa Eva Alena Zuzana Monika Ivana Ivan Marko Ante Josip Luka Nikola Stjepan Goran Zoran Dragan
Dejan Nenad Milica Ivana Marija Jelena Mirjana Snežana Snezana Vesna Dragana Bojan Branko Darko Davor
Dražen Dusan Dušan Igor Miloš Milos Predrag Slobodan Srđan Vladimir Željko Zeljko Aleksandar Nemanja
Andrei Andrej Dmitri Dmitrij Dmitry Sergej Sergei Sergey Alexej Alexei Wladimir Nikolai Oleg Juri Jurij
Boris Natalja Tatjana Swetlana Svetlana Ljudmila Galina Jekaterina Ekaterina Oksana Yulia Julija Irina
Mykola Taras Bohdan Oleksandr Olena Oksana Halyna Nadiya Viktoriia Yaroslav Volodymyr Vitali Vitaly
Józefa Rozalia Franciszka
`;

const SOUTHERN_WESTERN_EUROPE = `
Giuseppe Giovanni Antonio Luigi Francesco Angelo Vincenzo Pietro Salvatore Franco Domenico Paolo Michele
Giorgio Aldo Sergio Luciano Stefano Roberto Alessandro Riccardo Davide Federico Simone Gabriele Alessia
Giulia Francesca Chiara Federica Martina Elisa Paola Giovanna Lucia Giuseppina Pina Carmela Caterina Alessandra
Enzo Fabio Gianluca Gianni Giacomo Leonardo Massimo Maurizio Nicola Raffaele Renato Rosario Tommaso Umberto
Valerio Ilaria Arianna Beatrice Benedetta Camilla Eleonora Ginevra Graziella Letizia Lorenza Noemi Ornella
Raffaella Serena Simona Stefania Vittoria Juan Carlos Manuel Francisco Javier Pedro Miguel Fernando Jorge
Alberto Pablo Diego Alejandro Eduardo Ramón Ramon Raúl Raul Enrique Vicente Andrés Andres Álvaro Alvaro
Gonzalo Ignacio Iñigo Joaquín Joaquin Santiago Sergio Dolores Pilar Mercedes Rosario Raquel Beatriz Nuria
Alba Inés Lourdes Montserrat Rocío Rocio Consuelo Guadalupe Marisol Ximena Jean Pierre Michel Philippe
Alain Nicolas Christophe Laurent Stéphane Stephane Sébastien Julien Olivier Thierry François Francois
Jacques Éric Guillaume Antoine Mathieu Maxime Nathalie Isabelle Sylvie Françoise Valérie Valerie Sandrine
Céline Celine Aurélie Aurelie Camille Chloé Manon Léa Juliette Amélie Brigitte Dominique Élodie Elodie
Hélène Margaux Mathilde Océane Pauline Virginie Yannick Bastien Cédric Damien Fabrice Frédéric Frederic
Gilles Jérôme Jerome Loïc Ludovic Mickaël Pascal Rémi Romain Thibault Xavier João Joao Tiago Rui Nuno
Gonçalo Duarte Inês Catarina Mariana Beatriz Leonor Dimitrios Georgios Konstantinos Ioannis Nikolaos
Eleni Vasiliki Panagiotis Christos Athanasios Evangelos Spyros Stavros Despina Athina Nikos Yannis Giannis
Dimitris Dimitra Kostas Vasilis Katerina Theodoros Eleftheria Georgia Sotiris Thanasis Sander Daan Bram
Sem Jeroen Joost Maarten Pieter Sjoerd Stijn Wouter Anouk Femke Fleur Lieke Mieke Sanne Marieke Inge
Lars Sven Nils Erik Anders Henrik Magnus Mikael Bjørn Bjorn Jörgen Ingrid Astrid Linnea Sigrid Karin
Kerstin Maja Frida Elin Ebba Saga Jukka Mikko Juha Janne Timo Kari Aino Eeva Liisa Tuula
`;

const ARABIC_PERSIAN_OTHER = `
Seyed Seyyed Sayed Sayyid Sayyed Syed
Mohammed Muhammad Mohamed Mohammad Ahmed Ahmad Omar Youssef Khaled Khalid Karim Samir Tarek Tariq Hassan
Hussein Hussain Mahmoud Mahmud Amir Nabil Rami Said Saeed Walid Fatima Aisha Aischa Amina Mariam Maryam
Nour Nur Rania Salma Samira Layla Zainab Hana Jamal Jamil Rashid Reza Ali-Reza Alireza Hamid Majid Mehdi
Mohsen Morteza Navid Parviz Saman Shahin Dariush Farid Farhad Kaveh Babak Arash Behnam Ramin Golnar Leila
Mahsa Maryam Neda Parisa Roya Shirin Soraya Yalda Zahra Abdul Abdel Anas Ayman Bashar Fadi Ghassan Hadi
Ibrahim Imad Issa Kamal Majed Marwan Mazen Munir Nasser Osama Qasim Rafiq Ramzi Sami Tamer Wael Yasser
Zaid Ziad Abir Dalia Dina Farah Ghada Hala Huda Iman Jana Lamia Lina Manal Mona Nadia Nisrine Rana Reem
Rim Sahar Samia Sawsan Suha Wafa Yara Aziz Baraa Hamza Ilyas Younes Yassin Yassine Soufiane Mounir
Arjun Rahul Rohan Vikram Amit Anil Sanjay Sunil Rajesh Ravi Priya Pooja Anjali Deepa Kavita Neha Sunita
Wei Jing Mei Li Hui Yan Jun Hao Hiroshi Takashi Kenji Yuki Akira Haruto Sakura Yui Min-jun Ji-woo
Kwame Kofi Ama Chinedu Chiamaka Oluwaseun Tunde Ngozi Emeka Amara Chidi Adaeze Obinna Ifeoma Uchenna Nkechi
Chukwuemeka Funmilayo Yetunde Babajide Olumide Adebayo Folake Temitope Kamala Lakshmi Suresh Ramesh Ganesh
Venkatesh Srinivasan Anand Arvind Meena Padma Geeta Cathal Orla Aoife Niamh Saoirse Ciarán Ciaran Oisín Oisin
Eoin Seán Pádraig Padraig Róisín Roisin Caoimhe Sinéad Sinead Aisling Clodagh Colm Dónal Donal Paddy
Minh Hoa Linh Huong Trang Tuan Dung Hung Quang Thanh Phuong Ngoc Huy Khanh Sipho Naledi Thabo Zanele Lerato
`;

/** Cub scout packs call their leaders by the Jungle Book's names: each stands for one person. */
const PACK_LEADER_NAMES = "Akela Bagheera Hathi Raksha Kaa Chil";

export const GIVEN_NAMES_TEXT = [
  PACK_LEADER_NAMES,
  GERMAN_FEMALE,
  GERMAN_MALE,
  ENGLISH,
  TURKISH,
  POLISH_CZECH_SLAVIC,
  SOUTHERN_WESTERN_EUROPE,
  ARABIC_PERSIAN_OTHER,
].join(" ");

/** Given names that are also common words or months: accepted only with context or a surname next to them. */
export const AMBIGUOUS_GIVEN_NAMES_TEXT = `
Frank Mai Mine May June April August Will Mark Bill Art Grace Hope Joy Faith Rose Summer Dawn Ernst Kai Otto Can
Deniz Heide Horst Wolf Fee Glen Rich Guy Gene Ray Sunny Sandy Pat Sue Chase Hunter Cash Sky River Gül Gul
Drew Miles Dean Rod Angel Eve Penny Amber Ruby Ivy Jade Pearl Crystal Holly Daisy Poppy Olive Heather Autumn
Page Lane Per Max Nur Ada Else Hagen Till Violet Hazel Opal Randy Matt Mercedes Jordan Austin Florence
Virginia Said Nike Willow Sem Carol Harper
`;
