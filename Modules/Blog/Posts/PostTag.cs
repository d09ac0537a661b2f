namespace ModularCrm.Modules.Blog.Posts;

/// <summary>A tag as written (<see cref="Name"/>) and its URL form.</summary>
internal sealed record PostTag(string Name, string Slug);
