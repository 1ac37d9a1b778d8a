using System.Text;
using EntityExtractor.Training.Gazetteers;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Training.Gazetteers;

public sealed class CountriesListReaderTests
{
    private static MemoryStream Json(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void ReadCountries_CountryWithAliases_ReturnsNameAliasesCapitalAndContinent()
    {
        var continents = CountriesListReader.ReadContinents(Json("""{"AS":"Asia","EU":"Europe"}"""));

        var countries = CountriesListReader.ReadCountries(
            Json("""
                {"AE":{"name":"United Arab Emirates","native":"x","alias":["UAE","Emirates"],"phone":[971],
                       "continent":"AS","capital":"Abu Dhabi"},
                 "AQ":{"name":"Antarctica","continent":"AN","capital":""}}
                """),
            continents);

        countries.Should().HaveCount(2);
        countries[0].Should().BeEquivalentTo(new CountryRecord("AE", "United Arab Emirates", ["UAE", "Emirates"], "Abu Dhabi", "Asia"));
        countries[1].Aliases.Should().BeEmpty();
        countries[1].Continent.Should().Be("AN");
    }

    [Fact]
    public void ReadCountries_CountryWithoutName_ThrowsInvalidDataException()
    {
        var act = () => CountriesListReader.ReadCountries(Json("""{"XX":{"capital":"Nowhere"}}"""), new Dictionary<string, string>());

        act.Should().Throw<InvalidDataException>().WithMessage("*'XX'*name*");
    }

    [Fact]
    public void ReadContinents_NotJson_ThrowsInvalidDataException()
    {
        var act = () => CountriesListReader.ReadContinents(Json("{not json"));

        act.Should().Throw<InvalidDataException>();
    }
}
