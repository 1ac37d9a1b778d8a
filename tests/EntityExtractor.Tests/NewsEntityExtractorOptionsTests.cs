using EntityExtractor.Recognition;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests;

public sealed class NewsEntityExtractorOptionsTests
{
    [Fact]
    public void UserEntities_CallerChangesItsDictionaryLater_OptionsKeepTheCopy()
    {
        var names = new Dictionary<string, EntityType> { ["Harakat al-Nujaba"] = EntityType.Organization };
        var options = new NewsEntityExtractorOptions { UserEntities = names };

        names["Kataib Hezbollah"] = EntityType.Organization;

        options.UserEntities.Keys.Should().Equal("Harakat al-Nujaba");
    }

    [Fact]
    public void UserEntities_CastToAWritableDictionary_CannotBeChanged()
    {
        var shared = NewsEntityExtractorOptions.Default.UserEntities;

        var act = () => ((IDictionary<string, EntityType>)shared).Add("Anything", EntityType.Person);

        act.Should().Throw<NotSupportedException>();
        NewsEntityExtractorOptions.Default.UserEntities.Should().BeEmpty();
    }

    [Fact]
    public void UserEntities_Null_ThrowsArgumentNull()
    {
        var act = () => new NewsEntityExtractorOptions { UserEntities = null! };

        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("\u200B\u200D")]
    [InlineData("\u0000\u0007")]
    [InlineData("\uFEFF")]
    [InlineData("   ")]
    public void Create_UserEntityWithoutAWord_ThrowsArgumentException(string name)
    {
        var options = new NewsEntityExtractorOptions { UserEntities = new Dictionary<string, EntityType> { [name] = EntityType.Person } };

        var act = () => NewsEntityExtractor.Create(options);

        act.Should().Throw<ArgumentException>().WithParameterName("names");
    }

    [Fact]
    public void Create_LoadedModel_IsUsed()
    {
        var options = new NewsEntityExtractorOptions { Model = EntityModel.Default };

        NewsEntityExtractor.Create(options).Options.Model.Should().BeSameAs(EntityModel.Default);
    }
}
