## catalog messages (en)
program-discounts-title = Discounts
program-discounts-lead = What the program takes off the price, for the country you choose. Prices include the program discount; your own country is set in your personal account.
program-discounts-country = Country
program-discounts-show = Show
program-discounts-empty = The program has no catalog yet. Discounts appear here as soon as the vendor publishes one.
col-product = Product
col-term = Term
col-list-price = List price
col-discount = Discount
col-price = Your price
term-p1y = 1 year
term-p1m = 1 month
term-perpetual = One-time purchase
discount-percent = { $percent } % off
discount-fixed = Program price
offer-regional-store = Sold through the regional store
offer-other-office = Other Office products: for organizations with this extra benefit
unavailable-not-offered = The program is not available in this country.
unavailable-not-priced = The program has no prices for this country yet.
unavailable-no-offers = There are no offers in this country.
offers-title = Your offers
offers-country = Prices for { $country }, the country of your personal account.
offers-grant-until = your organization's benefit holds until { $date }
offers-no-grant = Confirm your work address first: the program prices appear here as soon as your organization's benefit is linked to this account.
offers-grant-inactive = Your eligibility has ended, or your organization no longer takes part. Confirm your work address again to buy at the program price; what you bought stays yours.
offers-confirm-link = Confirm your work address
offers-col-where = Where to buy
offers-regional-store-link = Buy at the regional store
offers-r22-guidance = Expected Visio Professional 2019 or Project Professional 2019 under “Other Office products”? Ask your employer's program administrator about these extra benefits.
offers-personal-account = You buy with your personal account, for your own devices: it never touches your organization's subscriptions.
discount-none = No discount

# issue 12: the organization paused the benefit (the grant still runs)
offers-organization-paused = Your organization has paused the benefit, so there is nothing to buy at the program price now. Confirming your work address again will not change that: ask your IT department, or check back later. What you bought stays yours.
