namespace ModularCrm.Modules.Sales.Mail;

/// <summary>Why a document could not be e-mailed: a code for the API and a French message for staff.</summary>
internal sealed record MailRefusal(string Code, string Message);
