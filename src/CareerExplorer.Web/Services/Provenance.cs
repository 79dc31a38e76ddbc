namespace CareerExplorer.Web.Services;

/// <summary>A source as pages show it: enough to name it, date it and link to its page, and the official dataset it is a release of, if any.</summary>
public sealed record SourceRef(string Slug, string Publisher, string Title, SourceKind Kind, int? Year, string? Url, string? Dataset = null)
{
    /// <summary>"Glassdoor" or "University of San Diego, 2025".</summary>
    public string ShortName => Year is { } y ? $"{Publisher}, {y}" : Publisher;

    public static SourceRef From(Source s) => new(s.Slug, s.Publisher, s.Title, s.Kind, s.Year, s.Url, s.Dataset);

    /// <summary>A release of BLS OEWS: the figures that are official wages.</summary>
    public bool IsOews => Dataset == Datasets.BlsOews;
}

/// <summary>Who published a statement and, when it is not the same, the article we read it in.</summary>
public sealed record Provenance(SourceRef Source, SourceRef? CitedIn)
{
    /// <summary>"Glassdoor, cited in University of San Diego, 2025".</summary>
    public string Text => CitedIn is null ? Source.Publisher : $"{Source.Publisher}, cited in {CitedIn.ShortName}";

    /// <summary>For queries that select the Source entities themselves; maps in memory.</summary>
    public static Provenance From(Source source, Source? citedIn) =>
        new(SourceRef.From(source), citedIn is null ? null : SourceRef.From(citedIn));
}
