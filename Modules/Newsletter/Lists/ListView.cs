namespace ModularCrm.Modules.Newsletter.Lists;

/// <summary>A newsletter as the API answers it (and the pages read it): with its public sign-up and archive addresses.</summary>
internal sealed record ListView(long Id, string Slug, string Name, string? Description, string Topic, string SubscribeUrl, string ArchiveUrl);
