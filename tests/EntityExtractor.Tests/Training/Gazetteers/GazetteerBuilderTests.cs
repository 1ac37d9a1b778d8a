using EntityExtractor.Training.Gazetteers;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Training.Gazetteers;

public sealed class GazetteerBuilderTests
{
    private static readonly CountryRecord[] Countries =
    [
        new("GE", "Georgia", [], "Tbilisi", "Asia"),
        new("IQ", "Iraq", ["Mesopotamia"], "Baghdad", "Asia"),
    ];

    private static readonly CityRecord[] Cities =
    [
        new("Tikrīt", "IQ", "PPLA", "15", 42_477),
        new("Baghdad", "IQ", "PPLC", "07", 7_216_000),
        new("Georgia", "XX", "PPL", "01", 50_000),
        new("Police", "PL", "PPL", "84", 33_000),
        new("Tiny", "IQ", "PPL", "01", 1_200),
        new("Vaduz", "LI", "PPLC", "11", 5_000),
    ];

    private static GazetteerFiles Build(IEnumerable<string>? male = null, IEnumerable<string>? female = null) =>
        GazetteerBuilder.Build(Countries, ["Asia"], Cities, 15_000, male ?? ["John", "Ali"], female ?? ["Mary", "Ali"]);

    [Fact]
    public void Build_NameThatIsCountryAndState_KeepsCountry()
    {
        Build().Locations["Georgia"].Should().Be(LocationKind.Country);
    }

    [Fact]
    public void Build_AccentedCity_AddsOriginalAndAsciiSpelling()
    {
        var locations = Build().Locations;

        locations["Tikrīt"].Should().Be(LocationKind.City);
        locations["Tikrit"].Should().Be(LocationKind.City);
    }

    [Fact]
    public void Build_SmallCapital_IsKeptAsCapitalButSmallCityIsNot()
    {
        var locations = Build().Locations;

        locations["Vaduz"].Should().Be(LocationKind.Capital);
        locations["Baghdad"].Should().Be(LocationKind.Capital);
        locations.Should().NotContainKey("Tiny");
    }

    [Fact]
    public void Build_CityNamedLikeAnOrganizationWord_IsLeftOut()
    {
        Build().Locations.Should().NotContainKey("Police");
    }

    [Fact]
    public void Build_OwnLists_AddRegionsStatesAndAliases()
    {
        var locations = Build().Locations;

        locations["Gaza Strip"].Should().Be(LocationKind.Region);
        locations["Texas"].Should().Be(LocationKind.Region);
        locations["Asia"].Should().Be(LocationKind.Region);
        locations["Mesopotamia"].Should().Be(LocationKind.Country);
    }

    [Fact]
    public void Build_NameInBothGenderLists_IsUnisex()
    {
        var names = Build().GivenNames;

        names["John"].Should().Be(GivenNameGender.Male);
        names["Mary"].Should().Be(GivenNameGender.Female);
        names["Ali"].Should().Be(GivenNameGender.Unisex);
        names["Fatima"].Should().Be(GivenNameGender.Female);
    }

    [Fact]
    public void Build_GivenNames_AreInOrdinalOrder()
    {
        Build(male: ["Zed", "Adam"], female: ["Beth"]).GivenNames.Keys.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Build_WordLists_AreDistinctAndHoldTheBriefedWords()
    {
        var files = Build();

        files.OrganizationWords.Should().OnlyHaveUniqueItems().And.Contain(["Ministry", "Brigades", "Kataib", "Hashd"]);
        files.PersonTitles.Should().OnlyHaveUniqueItems().And.Contain(["Prime Minister", "Gen.", "Sheikh"]);
        files.LocationWords.Should().OnlyHaveUniqueItems().And.Contain(["Governorate", "Strip"]);
    }

    [Fact]
    public void DistinctCleaned_RepeatsAndBlanks_AreDropped()
    {
        GazetteerBuilder.DistinctCleaned(["Army", " Army ", "", "Corps"]).Should().Equal("Army", "Corps");
    }

    [Theory]
    [InlineData("Mosul", true)]
    [InlineData("Of", false)]
    [InlineData("el Alto", false)]
    [InlineData("Зуунмод", false)]
    [InlineData("Reading", false)]
    public void IsPlausibleCityName_Name_ReturnsExpected(string name, bool expected)
    {
        GazetteerBuilder.IsPlausibleCityName(name).Should().Be(expected);
    }

    [Fact]
    public void Variants_NameWithParenthesis_ReturnsNothing()
    {
        GazetteerBuilder.Variants("Myanmar (Burma)").Should().BeEmpty();
    }
}
