using EntityExtractor.Output;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Output;

/// <summary>What the options let a caller leave out of a result.</summary>
public sealed class OutputOptionsTests
{
    private const string Report = "Grace Okafor said two people were killed and five wounded when gunmen attacked a market in Kano.";

    [Fact]
    public void EntityTypes_Default_IsPersonOrganizationLocation()
    {
        NewsEntityExtractorOptions.Default.EntityTypes.Should().BeEquivalentTo([EntityType.Person, EntityType.Organization, EntityType.Location]);
    }

    [Fact]
    public void Select_DefaultOptions_HandsTheListsBackUncopied()
    {
        var filter = new OutputFilter(NewsEntityExtractorOptions.Default);
        var result = NewsEntityExtractor.Create().Extract(Report);
        var entities = result.Entities.ToList();
        var figures = result.Casualties.ToList();

        filter.Select(entities).Should().BeSameAs(entities);
        filter.Select(figures).Should().BeSameAs(figures);
        filter.Select(result.Summary).Should().BeSameAs(result.Summary);
    }

    [Fact]
    public void EntityTypes_OnlyLocation_ResultHoldsOnlyPlaces()
    {
        var extractor = NewsEntityExtractor.Create(new NewsEntityExtractorOptions { EntityTypes = new HashSet<EntityType> { EntityType.Location } });

        var result = extractor.Extract(Report);

        result.Entities.Select(e => (e.Type, e.Text)).Should().Equal((EntityType.Location, "Kano"));
        result.Summary.Killed.Should().Be(2);
    }

    [Fact]
    public void EntityTypes_OnlyMiscellaneous_ReturnsTheMiscellaneousNames()
    {
        var extractor = NewsEntityExtractor.Create(new NewsEntityExtractorOptions
        {
            UserEntities = new Dictionary<string, EntityType> { ["Zembla Accord"] = EntityType.Miscellaneous, ["Oslo"] = EntityType.Location },
            EntityTypes = new HashSet<EntityType> { EntityType.Miscellaneous },
        });

        var result = extractor.Extract("Delegates signed the Zembla Accord in Oslo on Friday.");

        result.Entities.Select(e => (e.Type, e.Text, e.Start)).Should().Equal((EntityType.Miscellaneous, "Zembla Accord", 21));
    }

    [Fact]
    public void EntityTypes_CallerChangesItsSetLater_OptionsKeepTheCopy()
    {
        var types = new HashSet<EntityType> { EntityType.Person };
        var options = new NewsEntityExtractorOptions { EntityTypes = types };

        types.Add(EntityType.Location);

        options.EntityTypes.Should().BeEquivalentTo([EntityType.Person]);
    }

    [Fact]
    public void EntityTypes_UndefinedValue_ThrowsArgument()
    {
        var act = () => new NewsEntityExtractorOptions { EntityTypes = new HashSet<EntityType> { (EntityType)77 } };

        act.Should().Throw<ArgumentException>().WithMessage("77 is not a defined EntityType.*");
    }

    [Fact]
    public void CasualtyKinds_OnlyWounded_KilledFiguresAndTotalLeftOut()
    {
        var extractor = NewsEntityExtractor.Create(new NewsEntityExtractorOptions { CasualtyKinds = new HashSet<CasualtyKind> { CasualtyKind.Wounded } });

        var result = extractor.Extract(Report);

        result.Casualties.Select(f => (f.Kind, f.Count)).Should().Equal((CasualtyKind.Wounded, 5));
        result.Summary.Should().Be(new CasualtySummary(null, 5, null, null));
    }

    [Fact]
    public void CasualtyKinds_Default_ReportsBoth()
    {
        var result = NewsEntityExtractor.Create().Extract(Report);

        result.Casualties.Select(f => (f.Kind, f.Count)).Should().Equal((CasualtyKind.Killed, 2), (CasualtyKind.Wounded, 5));
        result.Summary.Should().Be(new CasualtySummary(2, 5, null, null));
    }

    [Fact]
    public void MinimumScore_One_KeepsOnlyCertainEntities()
    {
        var all = NewsEntityExtractor.Create().Extract(Report).Entities;
        var certain = NewsEntityExtractor.Create(new NewsEntityExtractorOptions { MinimumScore = 1 }).Extract(Report).Entities;

        all.Should().HaveCount(2);
        certain.Should().Equal(all.Where(e => e.Score >= 1));
    }

    [Fact]
    public void MinimumScore_UserEntityWithScoreOne_IsKeptAtOne()
    {
        var extractor = NewsEntityExtractor.Create(new NewsEntityExtractorOptions
        {
            MinimumScore = 1,
            UserEntities = new Dictionary<string, EntityType> { ["Kano"] = EntityType.Location },
        });

        extractor.Extract(Report).Entities.Select(e => e.Text).Should().Equal("Kano");
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void MinimumScore_OutsideZeroToOne_ThrowsArgumentOutOfRange(double score)
    {
        var act = () => new NewsEntityExtractorOptions { MinimumScore = score };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Extract_CancelledToken_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var act = () => NewsEntityExtractor.Create().Extract(Report, cancelled.Token);

        act.Should().Throw<OperationCanceledException>();
    }
}
