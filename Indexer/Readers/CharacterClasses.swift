/// `Character.isLetter`, `isWhitespace` and `isNumber` with an ASCII character answered from its
/// byte: the readers and legal passes ask them of every character of a corpus, and Unicode's
/// property tables were a tenth of a build's time. The answers are the same: an ASCII character
/// (one scalar) is a letter when A–Z or a–z, white space when a space or tab through carriage
/// return, a number when 0–9; any other character asks Unicode.
extension Character {
    var isLetterFast: Bool {
        guard let byte = asciiValue else { return isLetter }
        return (byte | 0x20) &- 0x61 < 26
    }

    var isWhitespaceFast: Bool {
        guard let byte = asciiValue else { return isWhitespace }
        return byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    var isNumberFast: Bool {
        guard let byte = asciiValue else { return isNumber }
        return byte &- 0x30 < 10
    }
}
