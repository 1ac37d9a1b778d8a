using EntityExtractor.Training.Gazetteers;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Training.Gazetteers;

public sealed class GazetteerFilesTests
{
    [Fact]
    public void Save_ThenLoad_RoundTrips()
    {
        var files = new GazetteerFiles(
            new Dictionary<string, LocationKind> { ["Iraq"] = LocationKind.Country, ["São Paulo"] = LocationKind.City, ["Gaza Strip"] = LocationKind.Region },
            new Dictionary<string, GivenNameGender> { ["Ali"] = GivenNameGender.Unisex, ["Mary"] = GivenNameGender.Female },
            ["Ministry", "Kataib"],
            ["Gen.", "Prime Minister"],
            ["Governorate"]);
        string directory = Path.Combine(Path.GetTempPath(), "ee-gazetteer-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            files.Save(directory);
            var loaded = GazetteerFiles.Load(directory);

            loaded.Locations.Should().BeEquivalentTo(files.Locations);
            loaded.GivenNames.Should().BeEquivalentTo(files.GivenNames);
            loaded.OrganizationWords.Should().Equal("Ministry", "Kataib");
            loaded.PersonTitles.Should().Equal("Gen.", "Prime Minister");
            loaded.LocationWords.Should().Equal("Governorate");
            File.ReadAllText(Path.Combine(directory, GazetteerFiles.LocationsFile))
                .Should().Be("Iraq\tcountry\nSão Paulo\tcity\nGaza Strip\tregion\n");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("Mosul\n")]
    [InlineData("Mosul\ttown\n")]
    [InlineData("\tcity\n")]
    [InlineData("Mosul\tcity\textra\n")]
    [InlineData("Mosul\tcity\nMosul\tregion\n")]
    public void ReadLocations_MalformedOrRepeated_ThrowsInvalidDataException(string text)
    {
        var act = () => GazetteerFiles.ReadLocations(new StringReader(text), "locations.tsv");

        act.Should().Throw<InvalidDataException>().WithMessage("locations.tsv, line *");
    }

    [Fact]
    public void ReadGivenNames_UnknownGender_ThrowsInvalidDataException()
    {
        var act = () => GazetteerFiles.ReadGivenNames(new StringReader("Ali\tboth\n"), "given-names.tsv");

        act.Should().Throw<InvalidDataException>().WithMessage("given-names.tsv, line 1:*");
    }

    [Fact]
    public void ReadWords_BlankLines_AreSkipped()
    {
        GazetteerFiles.ReadWords(new StringReader("Army\n\nCorps\n"), "w").Should().Equal("Army", "Corps");
    }

    [Fact]
    public void Load_MissingDirectory_ThrowsFileNotFoundException()
    {
        var act = () => GazetteerFiles.Load(Path.Combine(Path.GetTempPath(), "ee-missing-" + Guid.NewGuid().ToString("N")));

        act.Should().Throw<FileNotFoundException>().WithMessage("*locations.tsv*");
    }
}
