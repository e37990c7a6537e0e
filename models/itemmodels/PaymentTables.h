#pragma once

#include "itemmodels/TableSource.h"

namespace mianshen::itemmodels {

// The two tables of the Payments page, as the TableBrowser pages them
// (keyset-paged, sorted and filtered in SQL): the batches, newest first, and
// the payments (shown for one batch at a time through a filter on batch_id,
// which the index payments_batch (batch_id, id) serves).
class PaymentTables final
{
public:
    static TableSource batches();
    static TableSource payments();
};

} // namespace mianshen::itemmodels
