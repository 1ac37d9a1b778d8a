namespace EntityExtractor.Recognition;

/// <summary>
/// Words that mark the name of an armed group, transliterated from Arabic ("Kataib", "Saraya", "Harakat") or
/// English ("Brigades", "Militia"). The recognizer types a span holding one as an organization; the trainer's
/// organization-word gazetteer includes them all, so the model and the rule read the same list.
/// </summary>
internal static class ArmedGroupWords
{
    /// <summary>The words, with their common spelling variants.</summary>
    public static readonly string[] All =
    [
        "Harakat", "Haraka", "Kataib", "Kata'ib", "Hizb", "Hezb", "Jaish", "Jaysh", "Liwa", "Asaib", "Asa'ib", "Saraya",
        "Hashd", "Hashed", "Jabhat", "Jamaat", "Lashkar", "Ansar", "Brigades", "Militia", "Militias", "Battalions",
    ];
}
