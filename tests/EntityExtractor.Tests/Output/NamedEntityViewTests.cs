using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Output;

/// <summary><see cref="ExtractionResult.People"/>, <see cref="ExtractionResult.Organizations"/> and <see cref="ExtractionResult.Places"/>.</summary>
public sealed class NamedEntityViewTests
{
    private static readonly NewsEntityExtractor Extractor = NewsEntityExtractor.Create(new NewsEntityExtractorOptions
    {
        UserEntities = new Dictionary<string, EntityType>
        {
            ["Grace Okafor"] = EntityType.Person,
            ["Daniel Okafor"] = EntityType.Person,
            ["Okafor"] = EntityType.Person,
            ["Tunde Bello"] = EntityType.Person,
            ["Bello"] = EntityType.Person,
            ["Kano"] = EntityType.Location,
            ["Lakeside Relief"] = EntityType.Organization,
        },
    });

    [Fact]
    public void People_SurnameAloneLater_JoinsTheFullName()
    {
        var result = Extractor.Extract("Tunde Bello runs Lakeside Relief in Kano. Bello said the clinic was full. KANO was quiet, Bello added.");

        result.People.Select(p => (p.Name, p.Count)).Should().Equal(("Tunde Bello", 3));
        result.People[0].Mentions.Select(m => m.Start).Should().Equal(0, 42, 90);
        result.Organizations.Select(o => (o.Name, o.Count)).Should().Equal(("Lakeside Relief", 1));
        result.Places.Select(p => (p.Name, p.Count)).Should().Equal(("Kano", 2));
    }

    [Fact]
    public void People_TwoPeopleShareTheSurname_SurnameAloneStaysApart()
    {
        var result = Extractor.Extract("Grace Okafor and Daniel Okafor met in Kano. Okafor spoke first.");

        result.People.Select(p => (p.Name, p.Count)).Should().Equal(("Grace Okafor", 1), ("Daniel Okafor", 1), ("Okafor", 1));
    }

    [Fact]
    public void People_NoEntities_IsEmpty()
    {
        var result = Extractor.Extract("nothing named here at all.");

        result.People.Should().BeEmpty();
        result.Places.Should().BeEmpty();
        result.Organizations.Should().BeEmpty();
    }

    [Fact]
    public void People_ReadTwice_IsTheSameList()
    {
        var result = Extractor.Extract("Tunde Bello spoke in Kano.");

        result.People.Should().BeSameAs(result.People);
        result.People[0].ToString().Should().Be("Person Tunde Bello (1)");
    }
}
