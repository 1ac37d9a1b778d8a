using EntityExtractor.Recognition;
using EntityExtractor.Tokenization;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Recognition;

public sealed class DocumentHintsTests
{
    private const byte O = 0, BPer = 1, IPer = 2, BOrg = 3, IOrg = 4, BLoc = 5, Misc = BioLabels.Miscellaneous;

    private static uint[] Hints(string text, params byte[] labels)
    {
        var tokens = NewsTokenizer.Tokenize(text).ToArray();
        tokens.Should().HaveCount(labels.Length, "each token needs a first-pass label");
        var hints = new uint[tokens.Length];
        DocumentHints.Compute(text, tokens, labels, hints);
        return hints;
    }

    private static uint MajorityElsewhere(uint hint) => DocumentHints.Majority(hint);

    private static uint OwnLabel(uint hint) => DocumentHints.Own(hint);

    private static uint EndsElsewhere(uint hint) => DocumentHints.Ends(hint);

    private static uint BeginsElsewhere(uint hint) => DocumentHints.Begins(hint);

    private static uint OrganizationShare(uint hint) => DocumentHints.Mix(hint) & 3;

    private static uint PersonShare(uint hint) => DocumentHints.Mix(hint) >> 2;

    [Fact]
    public void Compute_SurnameOfAnEarlierFullName_MarksThatItEndsAPersonSpanElsewhere()
    {
        uint[] hints = Hints("Neil Jordan said . Jordan left", BPer, IPer, O, O, BLoc, O);

        EndsElsewhere(hints[4]).Should().Be(1u, "'Jordan' ends the Person span 'Neil Jordan' elsewhere");
        BeginsElsewhere(hints[4]).Should().Be(0u);
        MajorityElsewhere(hints[4]).Should().Be(IPer);
        OwnLabel(hints[4]).Should().Be(BLoc);
    }

    [Fact]
    public void Compute_OwnSpan_IsNotCountedAsElsewhere()
    {
        uint[] hints = Hints("Neil Jordan said", BPer, IPer, O);

        EndsElsewhere(hints[1]).Should().Be(0u);
        BeginsElsewhere(hints[0]).Should().Be(0u);
        MajorityElsewhere(hints[1]).Should().Be(DocumentHints.NoOther);
    }

    [Fact]
    public void Compute_FirstWordOfAnOrganizationElsewhere_MarksThatItBeginsAnOrganizationSpan()
    {
        uint[] hints = Hints("Petofi Printing Ltd said . PETOFI fell", BOrg, IOrg, IOrg, O, O, BPer, O);

        BeginsElsewhere(hints[5]).Should().Be(2u, "any case of the word counts, and Organization is the second type");
        EndsElsewhere(hints[5]).Should().Be(0u);
    }

    [Fact]
    public void Compute_DocumentOfClubs_MarksTheOrganizationShareOnEveryToken()
    {
        uint[] hints = Hints("Leeds 2 Chelsea 1 Seattle", BOrg, O, BOrg, O, BLoc);

        hints.Select(OrganizationShare).Should().AllBeEquivalentTo(3u, "two of the three spans, 60% or more, are organizations");
        hints.Select(PersonShare).Should().AllBeEquivalentTo(0u);
    }

    [Fact]
    public void Compute_DocumentWithoutSpans_HasNoMix()
    {
        uint[] hints = Hints("it rained", O, O);

        hints.Select(DocumentHints.Mix).Should().AllBeEquivalentTo(0u);
    }

    [Fact]
    public void Compute_SingleTokenSpansElsewhere_AreNeitherBeginningsNorEnds()
    {
        uint[] hints = Hints("Jordan said . Jordan left", BLoc, O, O, BLoc, O);

        EndsElsewhere(hints[3]).Should().Be(0u);
        BeginsElsewhere(hints[3]).Should().Be(0u);
        MajorityElsewhere(hints[3]).Should().Be(BLoc);
    }

    [Fact]
    public void Compute_MiscellaneousNameElsewhere_IsItsMajorityLabelAndTypeButNotInTheMix()
    {
        uint[] hints = Hints("Zembla Accord talks . Zembla Accord signed . Corvin said", Misc, Misc, O, O, Misc, Misc, O, O, BPer, O);

        MajorityElsewhere(hints[4]).Should().Be(Misc);
        OwnLabel(hints[4]).Should().Be(Misc);
        DocumentHints.BestType(hints[4]).Should().Be((uint)EntityType.Miscellaneous);
        EndsElsewhere(hints[5]).Should().Be(0u, "miscellaneous names have no multi-token roles");
        hints.Select(PersonShare).Should().AllBeEquivalentTo(3u, "the one Person span is all the mix counts");
    }
}
