using ModularCrm.Modules.Emailing.Campaigns;

namespace ModularCrm.Modules.Emailing.Transactional;

/// <summary>What the document templates see: <c>contact</c>, <c>shop</c>, <c>document</c>.</summary>
internal sealed record DocumentModel(RecipientModel.ContactPart Contact, RecipientModel.NamePart Shop, DocumentModel.DocumentPart Document)
{
    internal sealed record DocumentPart(string KindLabel, string Article, string Number, decimal? Total, string? DueOn, string? Note);
}
