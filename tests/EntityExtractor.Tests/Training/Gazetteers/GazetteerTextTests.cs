using EntityExtractor.Training.Gazetteers;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Training.Gazetteers;

public sealed class GazetteerTextTests
{
    [Theory]
    [InlineData("  Gaza   Strip ", "Gaza Strip")]
    [InlineData("Abu\u00A0Dhabi", "Abu Dhabi")]
    [InlineData("Mosul", "Mosul")]
    public void Clean_ExtraWhiteSpace_CollapsesToSingleSpaces(string name, string expected)
    {
        GazetteerText.Clean(name).Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Bad\tName")]
    [InlineData("Bad\nName")]
    [InlineData("Bad\u0001Name")]
    public void Clean_UnusableName_ReturnsNull(string? name)
    {
        GazetteerText.Clean(name).Should().BeNull();
    }

    [Fact]
    public void Clean_TooLong_ReturnsNull()
    {
        GazetteerText.Clean(new string('a', GazetteerText.MaxNameLength + 1)).Should().BeNull();
    }

    [Theory]
    [InlineData("Tikrīt", "Tikrit")]
    [InlineData("Ḩadīthah", "Hadithah")]
    [InlineData("‘Anah", "Anah")]
    [InlineData("Sāmarrā’", "Samarra")]
    [InlineData("Saint John’s", "Saint John's")]
    [InlineData("São Paulo", "Sao Paulo")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("Düsseldorf", "Dusseldorf")]
    [InlineData("Aş Şuwayrah", "As Suwayrah")]
    [InlineData("Diyarbakır", "Diyarbakir")]
    [InlineData("H\u0331olon", "Holon")]
    [InlineData("Mosul", "Mosul")]
    [InlineData("Москва", "Москва")]
    public void FoldToAscii_TransliteratedName_ReturnsNewsSpelling(string name, string expected)
    {
        GazetteerText.FoldToAscii(name).Should().Be(expected);
    }
}
