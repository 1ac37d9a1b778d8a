using System.Text.Json;
using FluentAssertions;
using Microsoft.Playwright;
using Xunit;

namespace EntityExtractor.Samples.Tests.WebApi;

/// <summary>The page at <c>/</c> in headless Chromium, as a person uses it: paste, press Extract, read.</summary>
public sealed class PageTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    private const float TimeoutMs = 15_000;
    private const int TestTimeoutMs = 60_000;

    [Fact(Timeout = TestTimeoutMs)]
    public async Task Extract_PastedArticle_HighlightsEachNameByTypeAndShowsTheFigures()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await OpenAsync(context);

        await page.FillAsync("#article-input", InventedArticles.Marwick);
        await page.ClickAsync("#extract-button");
        await page.WaitForSelectorAsync("#results:not([hidden])", new() { Timeout = TimeoutMs });

        (await MarksAsync(page)).Should().Equal(
            new Mark("Location", "30", "37", "Marwick", "LOC"),
            new Mark("Person", "103", "115", "Helen Brandt", "PERSON"),
            new Mark("Organization", "139", "161", "Northern Relief Agency", "ORG"));
        (await page.EvalOnSelectorAllAsync<string[]>("mark.entity", "marks => marks.map(m => getComputedStyle(m).backgroundColor)"))
            .Should().Equal("rgb(254, 202, 116)", "rgb(170, 156, 252)", "rgb(122, 236, 236)");
        (await SummaryAsync(page)).Should().Equal("6", "14", "2", "–");
        (await page.EvalOnSelectorAllAsync<string[]>("#figures li", "items => items.map(i => `${i.dataset.kind} ${i.dataset.count}`)"))
            .Should().Equal("Killed 6", "Wounded 14", "Missing 2");
        (await page.InnerTextAsync("#status")).Should().StartWith("3 names and 3 casualty figures in ");
    }

    [Fact(Timeout = TestTimeoutMs)]
    public async Task Extract_ArticleWithMarkup_ShowsTheMarkupAsTextAndCutsAtTheReturnedOffsets()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await OpenAsync(context);
        // An emoji first (two UTF-16 code units: the offsets must count them as JavaScript does), then markup as text.
        const string article = "😀 <img src=x onerror=\"document.title='x'\"> Helen Brandt said floods hit the town of Marwick. <b>loud</b> & \"quoted\".";

        await page.FillAsync("#article-input", article);
        await page.ClickAsync("#extract-button");
        await page.WaitForSelectorAsync("#results:not([hidden])", new() { Timeout = TimeoutMs });

        (await page.EvalOnSelectorAsync<int>("#article", "a => a.querySelectorAll('img, b').length")).Should().Be(0);
        string shown = await page.EvalOnSelectorAsync<string>(
            "#article", "a => { const c = a.cloneNode(true); c.querySelectorAll('.entity-label').forEach(l => l.remove()); return c.textContent; }");
        shown.Should().Be(article);
        (await MarksAsync(page)).Should().Equal(
            new Mark("Person", "44", "56", "Helen Brandt", "PERSON"),
            new Mark("Location", "85", "92", "Marwick", "LOC"));
        (await page.TitleAsync()).Should().Be("EntityExtractor: who, where and how many");
    }

    [Fact(Timeout = TestTimeoutMs)]
    public async Task Extract_BlankArticle_ShowsTheServersMessage()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await OpenAsync(context);

        await page.FillAsync("#article-input", "   ");
        await page.ClickAsync("#extract-button");
        await page.WaitForSelectorAsync("#error:not([hidden])", new() { Timeout = TimeoutMs });

        (await page.InnerTextAsync("#error")).Should().Be("The text is empty. Paste an article: \"text\" holds no characters but white space.");
        (await page.IsHiddenAsync("#results")).Should().BeTrue();
    }

    private async Task<IPage> OpenAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(TimeoutMs);
        var response = await page.GotoAsync(fixture.Address.ToString());
        response!.Status.Should().Be(200);
        return page;
    }

    private static async Task<Mark[]> MarksAsync(IPage page)
    {
        var json = await page.EvalOnSelectorAllAsync<JsonElement>(
            "mark.entity",
            "marks => marks.map(m => [m.dataset.type, m.dataset.start, m.dataset.end, m.querySelector('.entity-text').textContent, m.querySelector('.entity-label').textContent])");
        return [.. json.EnumerateArray().Select(m => new Mark(m[0].GetString()!, m[1].GetString()!, m[2].GetString()!, m[3].GetString()!, m[4].GetString()!))];
    }

    private static Task<string[]> SummaryAsync(IPage page) =>
        page.EvalOnSelectorAllAsync<string[]>("#summary dd", "values => values.map(v => v.textContent)");

    private sealed record Mark(string Type, string Start, string End, string Text, string Label);
}
