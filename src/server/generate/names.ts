/**
 * Built-in name lists for synthetic people: common given and family names of many origins,
 * combined at random, so no generated person is a real one. Staff get bird family names, like
 * the demo accounts (Carla Kranich, Nora Nachtigall): clearly fictitious at a glance.
 */
const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export type NameGroup =
  | 'south_asian'
  | 'turkish'
  | 'arabic'
  | 'persian'
  | 'ukrainian'
  | 'south_slavic'
  | 'albanian'
  | 'brazilian'
  | 'hispanic'
  | 'filipino'
  | 'vietnamese'
  | 'west_african'
  | 'indonesian'
  | 'chinese';

export const namesByGroup: Record<NameGroup, { given: readonly string[]; family: readonly string[] }> = {
  south_asian: {
    given: words('Aarav Aditya Ananya Arjun Deepika Divya Priya Rahul Rohan Sneha Vikram Kavya Sanjay Meera Nikhil Pooja Imran Ayesha'),
    family: words('Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Das Verma Joshi Rao Menon Khan Qureshi'),
  },
  turkish: {
    given: words('Mehmet Ayşe Emre Elif Burak Zeynep Mustafa Fatma Can Merve Ahmet Selin Deniz Ece'),
    family: words('Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Koç Kurt'),
  },
  arabic: {
    given: words('Ahmad Mohammed Omar Yusuf Khaled Sara Layla Fatima Nour Rania Hassan Mariam Karim Amira Samir Yasmin'),
    family: words('Haddad Khalil Mansour Nasser Saleh Hamdi Benali Bouzid Trabelsi Ibrahim Mahmoud Amrani Jaziri Farouk'),
  },
  persian: {
    given: words('Amir Maryam Reza Zahra Ali Fatemeh Mohammad Narges Hossein Parisa Mehdi Shirin'),
    family: words('Ahmadi Hosseini Mohammadi Rezaei Karimi Moradi Jafari Rahimi Hashemi Sadeghi'),
  },
  ukrainian: {
    given: words('Oleksandr Olena Andriy Iryna Dmytro Natalia Serhiy Yulia Maksym Kateryna Viktor Oksana'),
    family: words('Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Kovalchuk Marchenko Oliynyk'),
  },
  south_slavic: {
    given: words('Marko Ana Nikola Jelena Stefan Milica Luka Ivana Amar Emina Dejan Aleksandra Haris Lejla'),
    family: words('Petrović Jovanović Nikolić Hodžić Begić Kovačević Popović Stojanovski Dimitrovski Marković'),
  },
  albanian: {
    given: words('Arben Drita Besnik Elira Ardit Mimoza Luan Blerta Valon Arta Gentian Shpresa'),
    family: words('Hoxha Krasniqi Berisha Gashi Shala Morina Kelmendi Dervishi Leka Bytyqi'),
  },
  brazilian: {
    given: words('João Maria Lucas Ana Gabriel Juliana Mateus Camila Rafael Beatriz Thiago Larissa'),
    family: words('Silva Santos Oliveira Souza Pereira Costa Ferreira Almeida Ribeiro Carvalho'),
  },
  hispanic: {
    given: words('Santiago Valentina Diego Sofía Carlos Fernanda Andrés Daniela Alejandro Mariana Luis Paula'),
    family: words('García Rodríguez Hernández López Martínez Gómez Ramírez Torres Flores Vargas'),
  },
  filipino: {
    given: words('Jose Maria Mark Kristine John Angelica Paolo Jasmine Rommel Maricel Jerome Lovely'),
    family: words('Santos Reyes Cruz Bautista Garcia Mendoza Villanueva Ramos Aquino Castillo'),
  },
  vietnamese: {
    given: words('Anh Minh Linh Huong Tuan Thao Duc Lan Hieu Mai Quang Trang'),
    family: words('Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do'),
  },
  west_african: {
    given: words('Chinedu Ngozi Emeka Adaeze Oluwaseun Funmilayo Tunde Amaka Ifeoma Babajide Chioma Kelechi Kwame Abena'),
    family: words('Okafor Adeyemi Eze Balogun Nwosu Adebayo Obi Ogunleye Afolabi Chukwu Mensah Owusu'),
  },
  indonesian: {
    given: words('Budi Siti Agus Dewi Rizky Putri Andi Ayu Wahyu Sri Eko Indah'),
    family: words('Santoso Wijaya Saputra Hidayat Kusuma Pratama Nugroho Setiawan Wibowo Lestari'),
  },
  chinese: {
    given: words('Wei Jing Hao Na Yang Xin Jun Min Lei Yan Chen Ying'),
    family: words('Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou'),
  },
};

/** Fictitious staff: given names of every group above, family names of German birds. */
export const staffFamilyNames = words(
  'Bussard Dohle Eule Fink Gimpel Habicht Ibis Kiebitz Kauz Meise Möwe Rabe Reiher Schwalbe Specht Star Storch Taube Uhu Wachtel Zeisig Zaunkönig Falke Sperling Kormoran Kleiber Wiedehopf Grünling Bachstelze',
);
export const staffGivenNames: readonly string[] = Object.values(namesByGroup).flatMap((names) => names.given.slice(0, 4));
