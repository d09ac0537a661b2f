namespace ModularCrm.Templating.Runtime;

internal enum BinaryOp
{
    Add,
    Subtract,
    Multiply,
    Divide,
    DivideInt,
    Modulo,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    And,
    Or,
    Coalesce,
    EmptyCoalesce,
    RangeInclusive,
    RangeExclusive,
    ShiftLeft,
    ShiftRight,
}
