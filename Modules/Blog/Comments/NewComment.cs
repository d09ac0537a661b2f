namespace ModularCrm.Modules.Blog.Comments;

/// <summary>A checked comment from a visitor, before it is stored as pending.</summary>
internal sealed record NewComment(long PostId, string AuthorName, string AuthorEmail, string Body, string Ip);
