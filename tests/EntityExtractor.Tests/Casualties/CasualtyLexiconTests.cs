using EntityExtractor.Casualties;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Casualties;

public sealed class CasualtyLexiconTests
{
    [Theory]
    [InlineData("man", 1)]
    [InlineData("men", 2)]
    [InlineData("people", 2)]
    [InlineData("Palestinians", 2)]
    [InlineData("Israeli", 1)]
    [InlineData("headmaster", 1)]
    [InlineData("herders", 2)]
    [InlineData("waitress", 1)]
    [InlineData("someone", 1)]
    [InlineData("sons-in-law", 2)]
    [InlineData("HERDER", 1)]
    [InlineData("personnel", 2)]
    [InlineData("staff", 2)]
    public void PersonNouns_KnownNoun_HasItsGrammaticalNumber(string word, byte number)
    {
        CasualtyLexicon.PersonNouns.TryGetValue(word, out byte found).Should().BeTrue();
        found.Should().Be(number);
    }

    [Theory]
    [InlineData("building")]
    [InlineData("rocket")]
    [InlineData("spokeswoman")]
    public void PersonNouns_OtherNoun_IsNotThere(string word)
    {
        CasualtyLexicon.PersonNouns.ContainsKey(word).Should().BeFalse();
    }

    [Theory]
    [InlineData("May")]
    [InlineData("may")]
    [InlineData("SEPTEMBER")]
    [InlineData("january")]
    public void Months_AnyCase_IsAMonth(string word)
    {
        CasualtyLexicon.Months.Contains(word).Should().BeTrue();
    }

    [Fact]
    public void Months_AreTheTwelveMonthNames()
    {
        CasualtyLexicon.Months.Words.Should().HaveCount(12).And.Contain("May");
        CasualtyLexicon.Weekdays.Words.Should().HaveCount(7);
    }

    [Fact]
    public void NotNames_HoldEveryMonthAndWeekday()
    {
        CasualtyLexicon.Months.Words.Concat(CasualtyLexicon.Weekdays.Words).Should().OnlyContain(word => CasualtyLexicon.NotNames.Contains(word));
    }

    [Fact]
    public void HospitalTransport_IsReadTheSameByTheTriggerTableAndTheSubjectReader()
    {
        foreach (string word in CasualtyLexicon.HospitalTransport.Words)
        {
            CasualtyLexicon.Triggers.TryGetValue(word, out Trigger trigger).Should().BeTrue(word);
            trigger.Form.Should().Be(TriggerForm.ToHospital);
            CasualtyLexicon.SkipLeft.Contains(word).Should().BeTrue(word);
            CasualtyLexicon.HospitalVerbs.Contains(word).Should().BeTrue(word);
        }
    }

    [Fact]
    public void NonCountPrefixes_HoldEveryMonthAbbreviation()
    {
        CasualtyLexicon.MonthAbbreviations.Words.Should().OnlyContain(word => CasualtyLexicon.NonCountPrefixes.Contains(word));
        CasualtyLexicon.ClockMarks.Words.Should().OnlyContain(word => CasualtyLexicon.NonCountUnits.Contains(word));
    }

    [Fact]
    public void WordSet_Lookup_IgnoresAsciiCaseOnly()
    {
        WordSet set = WordSet.Of("taken", "p.m.");

        set.Contains("TAKEN").Should().BeTrue();
        set.Contains("P.M.").Should().BeTrue();
        set.Contains("take").Should().BeFalse();
        set.Contains(string.Empty).Should().BeFalse();
    }
}
