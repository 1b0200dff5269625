import { luhnValid } from "../detectors/finance.js";
import { rvnrValid, steuerIdValid } from "../detectors/government-ids.js";
import { ascii, type Person, PersonalValues } from "./values.js";

const PLATE_DISTRICTS =
  "B M HH K F S D DO E HB H L DD N KA MA WI MZ BN AC MS OS KI HL GÖ LÜ BI FR RV TÜ".split(" ");
const RV_AREAS =
  "02 03 04 08 09 10 11 12 13 14 15 16 17 18 19 20 21 23 24 25 26 28 29 38 39 40 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 89".split(
    " ",
  );
/** Identifiers, secrets and business numbers on top of the personal values; same random stream. */
export class Values extends PersonalValues {
  iban(): string {
    const country = this.pick(["DE", "DE", "DE", "DE", "AT", "CH", "NL", "FR"]);
    const value = this.de.finance.iban({ countryCode: country, formatted: this.chance(0.6) });
    return this.chance(0.1) ? value.replace(/ /g, "") : value;
  }

  bic(): string {
    return this.de.finance.bic({ includeBranchCode: this.chance(0.5) });
  }

  card(): string {
    const prefix = this.pick(["4", "51", "52", "55", "2221", "37"]);
    const length = prefix === "37" ? 15 : 16;
    let number = prefix + this.digits(length - prefix.length - 1);
    for (let check = 0; check < 10; check++) {
      if (luhnValid(number + check)) {
        number += check;
        break;
      }
    }
    const sep = this.pick([" ", "-", "", " "]);
    return length === 15
      ? `${number.slice(0, 4)}${sep}${number.slice(4, 10)}${sep}${number.slice(10)}`
      : number.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
  }

  steuerId(): string {
    for (;;) {
      const digits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
      for (let i = digits.length - 1; i > 0; i--) {
        const j = this.int(0, i);
        [digits[i], digits[j]] = [digits[j]!, digits[i]!];
      }
      const ten = digits.slice(0, 9);
      ten.push(ten[this.int(0, 8)]!);
      for (let i = ten.length - 1; i > 0; i--) {
        const j = this.int(0, i);
        [ten[i], ten[j]] = [ten[j]!, ten[i]!];
      }
      if (ten[0] === 0) continue;
      for (let check = 0; check < 10; check++) {
        const candidate = ten.join("") + check;
        if (steuerIdValid(candidate)) {
          return this.chance(0.5)
            ? candidate.replace(/^(\d{2})(\d{3})(\d{3})(\d{3})$/, "$1 $2 $3 $4")
            : candidate;
        }
      }
    }
  }

  vatId(): string {
    return this.pick([
      `DE${this.int(1, 9)}${this.digits(8)}`,
      `DE ${this.int(1, 9)}${this.digits(8)}`,
      `ATU${this.digits(8)}`,
      `CHE-${this.digits(3)}.${this.digits(3)}.${this.digits(3)} MWST`,
    ]);
  }

  rentenNummer(person: Person): string {
    for (;;) {
      const area = this.pick(RV_AREAS);
      const birth = `${String(this.int(1, 28)).padStart(2, "0")}${String(this.int(1, 12)).padStart(2, "0")}${this.digits(2)}`;
      const letter = ascii(person.last.replace(/^(?:von|van der|van|de|zu) /, ""))[0]!.toUpperCase();
      const serial = String(person.female ? this.int(50, 99) : this.int(0, 49)).padStart(2, "0");
      for (let check = 0; check < 10; check++) {
        if (rvnrValid(area, birth, letter, serial, String(check))) {
          return this.chance(0.5)
            ? `${area} ${birth} ${letter} ${serial}${check}`
            : `${area}${birth}${letter}${serial}${check}`;
        }
      }
    }
  }

  usSsn(): string {
    return `${this.int(100, 665)}-${String(this.int(1, 99)).padStart(2, "0")}-${String(this.int(1, 9999)).padStart(4, "0")}`;
  }

  nino(): string {
    const first = this.pick([..."ABCEGHJKLMNPRSTWXYZ"]);
    const second = this.pick([..."ABCEGHJKLMNPRSTWXYZ"]);
    return `${first}${second} ${this.digits(2)} ${this.digits(2)} ${this.digits(2)} ${this.pick(["A", "B", "C", "D"])}`;
  }

  cvc(): string {
    return this.digits(3);
  }

  idDocument(): string {
    const alphabet = "CFGHJKLMNPRTVWXYZ0123456789";
    let value = this.pick(["L", "T", "C", "M", "N"]);
    for (let i = 0; i < 8; i++) value += alphabet[this.int(0, alphabet.length - 1)];
    return value.replace(/^(.)(\D+)$/, "$1$2").concat(/\d/.test(value) ? "" : String(this.int(0, 9)));
  }

  plate(): string {
    const district = this.pick(PLATE_DISTRICTS);
    const letters = this.de.string.alpha({ length: this.int(1, 2), casing: "upper" });
    return this.pick([
      `${district}-${letters} ${this.int(1, 9999)}`,
      `${district} ${letters} ${this.int(1, 9999)}`,
      `${district}-${letters}${this.int(1, 999)}`,
    ]);
  }

  password(): string {
    return this.pick([
      `${this.pick(["Sommer", "Winter", "Hund", "Katze", "Sonne", "Berlin", "Fussball"])}${this.int(1990, 2025)}${this.pick(["!", "?", "#", ""])}`,
      this.de.internet.password({ length: this.int(10, 16) }),
      `${this.de.string.alphanumeric({ length: 4 })}-${this.de.string.alphanumeric({ length: 4 })}-${this.int(10, 99)}`,
    ]);
  }

  otp(): string {
    return this.digits(this.pick([4, 6, 6, 8]));
  }

  apiKey(): string {
    return this.pick([
      `sk-proj-${this.de.string.alphanumeric(40)}`,
      `ghp_${this.de.string.alphanumeric(36)}`,
      `AKIA${this.de.string.alphanumeric({ length: 16, casing: "upper" })}`,
    ]);
  }

  orderNumber(): string {
    return this.pick([
      `BE-${this.int(2022, 2025)}-${this.digits(6)}`,
      `45${this.digits(8)}`,
      `A-${this.digits(6)}`,
      `${this.digits(3)}-${this.digits(7)}-${this.digits(7)}`,
      `ORD-${this.digits(5)}`,
      this.digits(7),
    ]);
  }

  customerNumber(): string {
    return this.pick([
      `K-${this.digits(5)}`,
      `KD${this.digits(6)}`,
      this.digits(7),
      `CUST-${this.digits(4)}`,
      `${this.digits(3)} ${this.digits(3)} ${this.digits(3)}`,
    ]);
  }

  invoiceNumber(): string {
    return this.pick([
      `RE-${this.int(2022, 2025)}-${this.digits(5)}`,
      `${this.int(2022, 2025)}/${this.digits(5)}`,
      `INV-${this.int(2022, 2025)}-${this.digits(4)}`,
      `R${this.digits(6)}`,
      this.digits(8),
    ]);
  }

  contractNumber(): string {
    return this.pick([
      `VN-${this.digits(8)}`,
      `HV-${this.int(2015, 2025)}-${this.digits(4)}`,
      `L-${this.digits(4)}-${this.digits(2)}`,
      this.digits(10),
      `${this.digits(2)}.${this.digits(3)}.${this.digits(3)}`,
    ]);
  }

  claimNumber(): string {
    return this.pick([
      `SN-${this.int(2022, 2025)}-${this.digits(5)}`,
      `S-${this.digits(7)}`,
      `CLM-${this.digits(6)}`,
      `${this.digits(2)}-${this.digits(6)}-${this.digits(2)}`,
    ]);
  }

  ticketNumber(): string {
    return this.pick([
      this.digits(6),
      `TCK-${this.digits(6)}`,
      `${this.int(2023, 2025)}${this.digits(12)}`,
      `INC${this.digits(7)}`,
      `SR-${this.digits(5)}`,
    ]);
  }
}
