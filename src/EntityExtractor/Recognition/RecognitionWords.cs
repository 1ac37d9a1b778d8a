namespace EntityExtractor.Recognition;

/// <summary>
/// The word lists the recognizer's rules read after the tagger, in one place (the armed-group words, which the
/// trainer's gazetteer shares, are in <see cref="ArmedGroupWords"/>).
/// </summary>
internal static class RecognitionWords
{
    /// <summary>Lower-case words a place takes in when they follow it ("Palestine street").</summary>
    public static readonly string[] Streets = ["street", "road", "square", "avenue", "boulevard", "bridge", "highway"];

    /// <summary>
    /// Capitalized words that name a road with the number after them ("Interstate 95", "Highway 1"): a span that ends
    /// with one takes the number in and is a place, as CoNLL-2003 dev annotates them (train has none).
    /// </summary>
    public static readonly string[] RoadWords = ["Interstate", "Interstates", "Highway", "Route"];

    /// <summary>
    /// Determiners that are not part of a name in CoNLL's convention ("the Republic of Ireland" → "Republic of
    /// Ireland"), unless the name is one word after it ("The Hague") or a publication's title ("The Sunday Times").
    /// </summary>
    public static readonly string[] Determiners = ["the", "The", "THE", "a", "A", "an", "An"];

    /// <summary>Last words of newspaper and magazine titles, which keep their leading "The" ("The New York Times").</summary>
    public static readonly string[] Publications =
    [
        "Times", "Post", "Journal", "Telegraph", "Herald", "Tribune", "Gazette", "News", "Review", "Observer",
        "Guardian", "Independent", "Economist", "Star", "Sun", "Mirror", "Express", "Chronicle", "Statesman",
        "Standard", "Mail", "Record", "Globe", "Monitor", "Inquirer", "Examiner", "Courier", "Bulletin",
        "TIMES", "POST", "JOURNAL", "TELEGRAPH", "HERALD", "TRIBUNE", "GAZETTE", "NEWS", "REVIEW", "OBSERVER",
    ];

    /// <summary>
    /// Words that open a wire story's credit line before "by" ("(Reporting by ...; Editing by ...)"): never a name
    /// on their own, though the 1996 training data, which has no credit lines, lets the tagger take them for one.
    /// </summary>
    public static readonly string[] CreditWords = ["Reporting", "Additional", "Editing", "Writing", "Compiled"];

    /// <summary>
    /// Capitalized titles written right before a person's name ("President Obama", "Sen. Warren"); CoNLL leaves the
    /// title outside and calls the name a person, whatever the tagger made of it. Words that also begin names of
    /// other things ("Premier League", "Justice Department", "General Motors", "Prince Edward Island") are left out.
    /// </summary>
    public static readonly string[] PersonTitles =
    [
        "President", "Senator", "Sen.", "Rep.", "Governor", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "Minister", "Chancellor",
        "Pope", "Mayor", "Secretary", "Ayatollah", "Sheikh", "Judge",
    ];

    /// <summary>A set of <paramref name="words"/> to look spans of text up in.</summary>
    public static Text.SpanDictionary<bool> Set(params string[] words)
    {
        var dictionary = new Text.SpanDictionary<bool>(words.Length);
        foreach (string word in words)
        {
            dictionary.Set(word, true);
        }

        return dictionary;
    }
}
