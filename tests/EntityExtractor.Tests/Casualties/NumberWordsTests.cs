using EntityExtractor.Casualties;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Casualties;

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("zero", 0)]
    [InlineData("one", 1)]
    [InlineData("Twelve", 12)]
    [InlineData("nineteen", 19)]
    [InlineData("forty", 40)]
    [InlineData("ninety-nine", 99)]
    [InlineData("Twenty-Three", 23)]
    public void TryParseWord_NumberWord_ReturnsValue(string word, int value)
    {
        NumberWords.TryParseWord(word, out int parsed).Should().BeTrue();
        parsed.Should().Be(value);
    }

    [Theory]
    [InlineData("twenty-ten")]
    [InlineData("one-two")]
    [InlineData("hundred")]
    [InlineData("dozens")]
    [InlineData("")]
    public void TryParseWord_NotANumberWord_ReturnsFalse(string word)
    {
        NumberWords.TryParseWord(word, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("4-year-old", 4)]
    [InlineData("17-Year-Old", 17)]
    [InlineData("16-years-old", 16)]
    [InlineData("101-year-old", 101)]
    [InlineData("four-year-old", 4)]
    [InlineData("forty-two-year-old", 42)]
    [InlineData("19-year", 19)]
    public void TryParseAge_AgeWord_ReturnsYears(string word, int years)
    {
        NumberWords.TryParseAge(word, out int parsed).Should().BeTrue();
        parsed.Should().Be(years);
    }

    [Theory]
    [InlineData("16-month-old")]
    [InlineData("1200-year-old")]
    [InlineData("year-old")]
    [InlineData("many-year-old")]
    [InlineData("4")]
    [InlineData("")]
    public void TryParseAge_NotAnAgeInYears_ReturnsFalse(string word)
    {
        NumberWords.TryParseAge(word, out int parsed).Should().BeFalse();
        parsed.Should().Be(0);
    }

    [Theory]
    [InlineData("4", 4)]
    [InlineData("1,200", 1200)]
    [InlineData("12,000,000", 12_000_000)]
    public void TryParseDigits_WholeNumber_ReturnsValue(string digits, int value)
    {
        NumberWords.TryParseDigits(digits, out int parsed).Should().BeTrue();
        parsed.Should().Be(value);
    }

    [Theory]
    [InlineData("1,20")]
    [InlineData(",120")]
    [InlineData("1,2000")]
    [InlineData("3.5")]
    [InlineData("10th")]
    [InlineData("2019-2020")]
    [InlineData("9999999999999")]
    public void TryParseDigits_NotAWholeCount_ReturnsFalse(string digits)
    {
        NumberWords.TryParseDigits(digits, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("hundred", 100)]
    [InlineData("Thousand", 1000)]
    [InlineData("million", 1_000_000)]
    public void TryParseScale_ScaleWord_ReturnsValue(string word, int value)
    {
        NumberWords.TryParseScale(word, out int parsed).Should().BeTrue();
        parsed.Should().Be(value);
    }
}
