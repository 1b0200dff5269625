// Frequent family names, written for this package. Used as supporting evidence next to a given
// name or a title, never on their own: many (Koch, Bauer, Fischer) are also ordinary nouns.
export const SURNAMES_TEXT = `
Müller Mueller Schmidt Schneider Fischer Weber Meyer Meier Mayer Maier Wagner Becker Schulz Hoffmann Schäfer
Schaefer Koch Bauer Richter Klein Wolf Schröder Schroeder Neumann Schwarz Zimmermann Braun Krüger Krueger
Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Lehmann Schmid Schulze Köhler Koehler Herrmann König
Koenig Walter Huber Kaiser Fuchs Peters Lang Scholz Möller Moeller Weiß Weiss Jung Hahn Schubert Vogel
Friedrich Keller Günther Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm
Boehm Winter Kraus Martin Schumacher Krämer Kraemer Vogt Stein Jäger Jaeger Sommer Groß Gross Seidel Heinrich
Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt
Sauer Arnold Wolff Pfeiffer Mustermann Musterfrau Beyer Lindner Ernst Hübner Huebner Kirchner Kaufmann Seifert
Hermann Franz Ritter Marx Fritz Thiel Böttcher Boettcher Kramer Brinkmann Schwab Schilling Förster Rieger
Haase Schröter Winkelmann Nowak Bernhardt Heinze Kühne Hohmann Wendt Witt Frank Fink Petersen Jansen
Janssen Hansen Thomsen Nielsen Jensen Paulsen Carstensen Ahrens Albers Behrens Bischoff Bode Brandl
Buchholz Dahl Decker Dittrich Dörr Ebert Eckert Engelhardt Ewald Fiedler Fleischer Frey Fricke Gerlach
Glaser Göbel Goebel Gottschalk Graf Grimm Gruber Hagen Hauser Heinz Henning Hesse Hildebrandt Hinz Hoppe
Jakob Janke Kern Kessler Keßler Kluge Knoll Kolb Konrad Kopp Kremer Kunz Langer Laufer Lenz Link Lutz
Mack Mann Marquardt Martens Maurer Menzel Merkel Michel Mohr Moser Nagel Naumann Noack Oswald Otto Pape
Paul Pietsch Pohl Preuß Rausch Reich Reimann Reinhardt Reuter Riedel Rose Roth Rudolph Sander Schade
Schenk Scherer Schindler Schlegel Schmitz Schott Schramm Schütz Schuetz Schwarz Seeger Siebert Singer
Sommer Sonntag Stahl Stark Steiner Stephan Stolz Strauß Strauss Thiele Ullrich Ulrich Unger Vetter Vogel
Voss Voß Wagner Walther Weigel Weis Welsch Wenzel Wiegand Wilhelm Will Winkler Wirth Wittmann Wolter
Zander Zimmer Zink Gerber Kurz Baier Bayer Hein Held Hess Heß Hirsch Hofer Jahn Kaya Kopp Kruse Lindemann
Ludwig Mertens Metz Michels Nolte Ott Pfaff Probst Raab Rapp Rauch Reinhold Scheffler Schlüter Schmitt
Schober Schrader Schrödter Seidl Sievers Specht Springer Stadler Strobel Thoma Trautmann Vollmer Wagener
Weidner Weigand Wiese Wimmer Wolters Wunderlich Zeller Abel Adam Adler Amann Auer Bach Bachmann Barth
Bauer Baum Bender Berg Bertram Blum Bock Brand Brauer Breuer Brück Bruns Buck Burger Burkhardt Conrad
Dietz Dreyer Eberhardt Eder Ehlers Eichhorn Engels Feldmann Fischer Forster Friedrichs Fröhlich Gärtner
Geiger Geißler Gehrke Greiner Gross Grün Gutmann Haag Haller Hammer Harms Heck Heinemann Heller Herzog
Hinrichs Hoffmeister Holz Horst Hummel Husmann Imhof Jacobs Jost Jürgens Kaminski Kasper Kellner Kiefer
Klose Knapp Koller Körner Krebs Kroll Kuhlmann Lammers Lauer Lehner Leonhardt Lohmann Lorenzen Lux Mai
Marx Matthes Meister Menke Mielke Moll Mönch Nickel Niemann Nitsche Oppermann Paulus Pfeifer Plate
Postel Prinz Quast Rademacher Rehm Reiter Renner Rohde Römer Rupp Sachs Schaller Schick Schiller Schleicher
Schmiedel Schnell Schön Schulz Schwarzer Seitz Siegel Stoll Sturm Thieme Tietz Timm Uhlig Völker Wachter
Wahl Walz Weise Wendel Wetzel Wiedemann Wilke Witte Wolfram Ziegler Zöllner
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
Anderson Taylor Moore Jackson Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker
Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell
Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris
Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox
Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo
Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler
Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds
Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford
Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman
Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon
Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice
Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer
Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong
Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Pena
Richards Contreras Willis Carpenter Lawrence Sandoval Guerrero George Chapman Rios Estrada Ortega Watkins
Greene Nunez Wheeler Valdez Harper Burke Larson Santiago Maldonado Morrison Franklin Carlson Austin Dominguez
Carr Lawson Jacobs OBrien O'Brien O'Connor OConnor O'Neill O'Sullivan McCarthy McLaughlin McKenzie MacDonald
Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Edwards Owen Jones Price Lloyd Powell Jenkins
Thorne Whitaker Ashworth Pemberton Fairfax Blackwood Hargreaves Fitzgerald Doyle Byrne Walsh Quinn Brennan
Yılmaz Yilmaz Kaya Demir Şahin Sahin Çelik Celik Yıldız Yildiz Yıldırım Yildirim Öztürk Ozturk Aydın Aydin
Özdemir Ozdemir Arslan Doğan Dogan Kılıç Kilic Aslan Çetin Cetin Kara Koç Koc Kurt Özkan Ozkan Şimşek
Simsek Polat Özcan Korkmaz Çakır Cakir Erdoğan Erdogan Yavuz Can Acar Şen Sen Aktaş Aktas Güler Guler
Yalçın Yalcin Güneş Gunes Bozkurt Bulut Keskin Ünal Unal Turan Gül Gul Özer Ozer Işık Isik Kaplan Avcı
Avci Sarı Sari Tekin Taş Tas Köse Kose Yüksel Yuksel Ateş Ates Aksoy Akın Akin Altun Karataş Karatas
Kılıççı Akbaba Akşit Bürkek Güven Tekin Uçar Ucar Tuncer Erol Sevim Duman Uysal Çiftçi Ciftci
Nowak Kowalski Kowalska Wiśniewski Wisniewski Wiśniewska Wójcik Wojcik Kowalczyk Kamiński Kaminski
Lewandowski Lewandowska Zieliński Zielinski Szymański Szymanski Woźniak Wozniak Dąbrowski Dabrowski
Kozłowski Kozlowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski
Pawlowski Michalski Nowicki Adamczyk Dudek Zając Zajac Wieczorek Jabłoński Jablonski Król Krol Majewski
Olszewski Jaworski Wróbel Wrobel Malinowski Pawlak Witkowski Walczak Stępień Stepien Górski Gorski Rutkowski
Michalak Sikora Ostrowski Baran Duda Szewczyk Tomaszewski Pietrzak Marciniak Wróblewski Zalewski Jakubowski
Jasiński Jasinski Zawadzki Sadowski Bąk Bak Chmielewski Włodarczyk Borkowski Czarnecki Sawicki Sokołowski
Urbański Kubiak Maciejewski Szczepański Kucharski Wilk Kalinowski Lis Mazurek Wysocki Adamski Kaźmierczak
Wasilewski Sobczak Czerwiński Andrzejewski Cieślak Głowacki Zakrzewski Kołodziej Sikorski Krajewski
Gajewski Szymczak Szulc Baranowski Laskowski Brzeziński Makowski Ziółkowski Przybylski Gajda Knapik
Szczygieł Szczygiel Nováková Novák Novak Svoboda Dvořák Dvorak Černý Cerny Procházka Prochazka Kučera
Kucera Veselý Horák Horak Marković Markovic Petrović Petrovic Jovanović Jovanovic Nikolić Nikolic
Horvat Kovačević Kovacevic Babić Babic Marić Maric Jurić Juric Popović Popovic Ivanov Ivanova Petrov
Petrova Smirnov Smirnova Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Schewtschenko
Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Rossi Russo Ferrari Esposito Bianchi
Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri
Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Leone Longo Gentile Martinelli Vitale Lombardo Serra
Coppola DeLuca De Luca Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez
Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos
Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez
Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego
Vidal León Márquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Diez Caballero Reyes Nieto
Aguilar Pascual Santana Herrero Lorenzo Montero Hidalgo Giménez Ibáñez Ferrer Durán Santiago Benítez
Mora Vicente Vargas Arias Carmona Crespo Román Pastor Soto Sáez Velasco Moya Soler Parra Esteban Bravo
Gallardo Rojas Silva Pereira Oliveira Ferreira Rodrigues Gomes Martins Sousa Fernandes Gonçalves Lopes
Ribeiro Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Neves Coelho
Dubois Durand Leroy Moreau Laurent Lefebvre Michel Garnier Faure Rousseau Blanc Guerin Muller Henry
Roussel Nicolas Perrin Morin Mathieu Clement Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Sanchez
Gerard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noel Meyer Lucas Meunier Jean Perez
Marchand Dufour Blanchard Marie Barbier Brun Dumas Brunet Schmitt Leroux Colin Fernandez Pierre Renard
Arnaud Rolland Caron Aubert Giraud Leclerc Vincent Guerin Jansen Janssens Peeters Maes Jacobs Mertens
Willems Claes Goossens Wouters DeJong De Jong Bakker Visser Smit Meijer DeBoer Mulder DeGroot Bos Vos
Peters Hendriks VanDijk Dekker Brouwer DeWit Dijkstra Smits DeGraaf VanDerMeer Kok Jacobs Vermeulen
VandenBerg VanLeeuwen Johansson Andersson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson
Gustafsson Pettersson Jonsson Lindberg Lindqvist Lindgren Berg Axelsson Hansen Johansen Olsen Larsen
Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen
Laine Heikkinen Koskinen Järvinen Papadopoulos Papadakis Georgiou Nikolaidis Dimitriou Ioannou
Al-Sayed Al-Hassan Haddad Khoury Nasser Hussein Ibrahim Mansour Saleh Abdullah Rahman Karimi Hosseini
Ahmadi Mohammadi Rezaei Moradi Sharma Singh Kumar Gupta Patel Shah Mehta Reddy Rao Iyer Wang Zhang Liu
Chen Yang Huang Zhao Zhou Wu Xu Sun Tanaka Suzuki Takahashi Watanabe Sato Nakamura Kobayashi Yamamoto
Park Choi Jung Kang Cho Yoon Jang Lim Han Okafor Okonkwo Mensah Owusu Adeyemi
Brückner Schütte Whitcombe Zurbriggen Thornbury Kusnezowa Petrakis Kowalenko Karagianni Keeling Weinzierl
Mairhofer Belova Stöckl Pickersgill Feldman Brückl Ramaswamy Fairbairn Kerschbaum Ertl Brüggemann Hubrich
Abrahams Möllenhoff Rowntree Schreiner Baumgärtner Meiners Wahyuningsih Kamarudin Reckenberg Castaño Adebola
Oyelowo Hoyer Corrigan Ramdin Oosterhuis Husain Pettifer Chandrasekar Stemmler Lomax Obermaier Ebbinghaus
Stapelfeldt Bassey Hennen Grabowski Heinrichs Weinmann Rezaie Heidinger Bancroft Haskins Haddadi Wöginger
Rotari Leonte Ursu Sawtschuk Petrowa Lyssenko Osterhoff Rautenberg Ziegenhagen Hynes Brenninger Igbinedion
Haldane Moloney Reimer Schmidtke Dunlop Holroyd Ferraz Mutasa Folau
Ahlefeldt Hardenstein Schultheiß Ghebremedhin Kadhim Kießling Claußen Brzoza Krzysanowski Wisniewska
Kuznecova Stavropoulou Jovanowitsch Charaischwili Brenninkmeyer Bhamra Schärdinger Rosenberger Schwinghammer
Fairbrother Sommerfeld Kreuzberger Kerschbaumer Zehetmair Sandmeier Ostermann Korkut Thönnes Ferrandis
Feldhaus Lisowska Thackeray Többen Rehberg Schwendemann Kromer Togneri Hölzl Rüttgers Dreier Breen Henningsen
Drescher Baumgart Khudeda Marcolino Papadopoulou Nikolaidou Alade Thapa Gurung Shrestha Reinartz Schmit
Aichele Castellano Jahan Heijden Nkemdirim Kilbride Chonghaile
`;
