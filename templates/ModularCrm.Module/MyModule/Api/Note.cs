namespace MyModule.Api;

/// <summary>A note as the API returns it.</summary>
public sealed record Note(long Id, string Text);
