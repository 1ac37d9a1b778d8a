namespace EntityExtractor.Casualties;

/// <summary>The cue words the incident model reads (<see cref="Incidents.IncidentFeatures"/>): one set a feature.</summary>
internal static partial class CasualtyLexicon
{
    /// <summary>Words that introduce more victims or another event ("another", "second").</summary>
    public static readonly WordSet AnotherCues = WordSet.Of(
        "another", "second", "third", "fourth");

    /// <summary>Words that set an event apart ("in a separate shooting", "unrelated").</summary>
    public static readonly WordSet SeparateCues = WordSet.Of(
        "separate", "separately", "unrelated", "different", "other");

    /// <summary>Words that place an event before the lead's ("earlier", "previous").</summary>
    public static readonly WordSet EarlierCues = WordSet.Of(
        "earlier", "previous", "previously", "prior", "before", "ago", "last", "former", "past");

    /// <summary>"also" and its kin.</summary>
    public static readonly WordSet AlsoCues = WordSet.Of(
        "also", "too", "additionally", "addition");

    /// <summary>Words that turn to another story ("Meantime", "Elsewhere").</summary>
    public static readonly WordSet TurnCues = WordSet.Of(
        "meantime", "meanwhile", "elsewhere", "nearby", "across", "around");

    /// <summary>Words of running statistics and round-ups ("this year", "so far", "homicides").</summary>
    public static readonly WordSet StatisticCues = WordSet.Of(
        "year", "so", "far", "since", "total", "homicides", "shootings", "incidents", "statistics", "rate", "weekend",
        "annual", "record", "city's", "murders", "violence");

    /// <summary>Words that place an event in the last day ("today", "overnight").</summary>
    public static readonly WordSet RecentCues = WordSet.Of(
        "today", "tonight", "yesterday", "overnight", "morning", "afternoon", "evening", "night", "early", "late");

    /// <summary>Web furniture around other stories ("Photo", "RELATED", "Click").</summary>
    public static readonly WordSet FurnitureCues = WordSet.Of(
        "photo", "photos", "video", "videos", "related", "read", "click", "copyright", "caption", "gallery", "watch",
        "subscribe", "advertisement", "story", "stories");
}
